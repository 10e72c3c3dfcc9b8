package news.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

class CheckedRequestConverterTest {

  private final CheckedRequestConverter converter = new CheckedRequestConverter(JsonMapper.builder().build());

  @Test
  void aRequestTheFilterCheckedIsTakenAsItIsWithoutReadingTheBodyAgain() throws Exception {
    SerializableGraphQlRequest checked = new SerializableGraphQlRequest();
    checked.setQuery("{ feed(first: 1) { edges { cursor } } }");
    MockHttpServletRequest servletRequest = postWithBody("{\"query\": \"{ sections { name } }\"}");
    servletRequest.setAttribute(GraphQlPostFilter.CHECKED_REQUEST, checked);

    Object read = converter.read(SerializableGraphQlRequest.class, new ServletServerHttpRequest(servletRequest));

    assertThat(read).isSameAs(checked);
    assertThat(servletRequest.getInputStream().available()).isPositive();
  }

  @Test
  void withoutACheckedRequestTheBodyIsRead() throws Exception {
    MockHttpServletRequest servletRequest =
        postWithBody("{\"query\": \"{ sections { name } }\", \"variables\": {\"first\": 2}}");

    Object read = converter.read(SerializableGraphQlRequest.class, new ServletServerHttpRequest(servletRequest));

    assertThat(read).isInstanceOfSatisfying(SerializableGraphQlRequest.class, request -> {
      assertThat(request.getQuery()).isEqualTo("{ sections { name } }");
      assertThat(request.getVariables()).isEqualTo(Map.of("first", 2));
    });
  }

  private static MockHttpServletRequest postWithBody(String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }
}
