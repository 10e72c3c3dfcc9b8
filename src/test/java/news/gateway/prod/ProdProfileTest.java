package news.gateway.prod;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.gateway.support.RawGraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The `prod` profile gives an attacker nothing to explore the schema with: no introspection, no GraphiQL,
 * and validation errors that name only what the client sent, never a field it could have meant. (The
 * development database still supplies the datasource here, and with it the SQL statement count.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProdProfileTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Configuration MISSING_AS_NULL =
      Configuration.defaultConfiguration().addOptions(Option.DEFAULT_PATH_LEAF_TO_NULL);

  @LocalServerPort
  int port;

  RawGraphQlClient client;

  @BeforeEach
  void connect() {
    client = new RawGraphQlClient(port);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{ __schema { queryType { name } } }",
      "{ __type(name: \"Article\") { fields { name } } }",
      "query IntrospectionQuery { __schema { types { name fields { name } } } }"})
  void introspectionIsRefused(String query) {
    DocumentContext response = post(query);

    assertThat(response.<List<String>>read("$.errors[*].extensions.code")).containsOnly("GRAPHQL_VALIDATION_FAILED");
    assertThat(response.<Object>read("$.data")).isNull();
    assertThat(response.jsonString()).doesNotContain("\"Article\"", "headline", "Query\"");
  }

  @Test
  void graphiQlIsNotServed() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphiql")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{ feed { edgez { cursor } } }                                  | edges",
      "{ feed(frist: 5) { edges { cursor } } }                        | first",
      "{ artcle(slug: \"x\") { id } }                                  | article",
      "{ feed { edges { node { ... on ArticleFeedItme { id } } } } }  | ArticleFeedItem"})
  void validationErrorsNeverSuggestWhatWasMeant(String query, String meant) {
    DocumentContext response = post(query);

    assertThat(response.<List<String>>read("$.errors[*].extensions.code")).containsOnly("GRAPHQL_VALIDATION_FAILED");
    assertThat(response.<List<String>>read("$.errors[*].message"))
        .allSatisfy(message -> assertThat(message).doesNotContainIgnoringCase("did you mean").doesNotContain(meant));
  }

  @Test
  void ordinaryQueriesStillRun() {
    DocumentContext response = post("{ feed(first: 2) { edges { node { __typename title } } } }");

    assertThat(response.<List<String>>read("$.data.feed.edges[*].node.title"))
        .containsExactly("What the new budget means for renters", "Budget questions for renters");
    assertThat(response.<List<String>>read("$.data.feed.edges[*].node.__typename"))
        .containsExactly("ArticleFeedItem", "NoteFeedItem");
  }

  private DocumentContext post(String query) {
    HttpResponse<String> response = client.post(
        JSON.writeValueAsString(Map.of("query", query)).getBytes(StandardCharsets.UTF_8), "application/json", null);
    assertThat(response.statusCode()).isEqualTo(200);
    return JsonPath.using(MISSING_AS_NULL).parse(response.body());
  }
}
