package news.gateway.http;

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
import news.gateway.support.GatewayTest;
import news.gateway.support.RawGraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The POST side of GraphQL over HTTP: media types by Accept, statuses, request ids, partial results, probes. */
@GatewayTest
class GraphQlOverHttpTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Configuration MISSING_AS_NULL =
      Configuration.defaultConfiguration().addOptions(Option.DEFAULT_PATH_LEAF_TO_NULL);
  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

  @LocalServerPort
  int port;

  RawGraphQlClient client;

  @BeforeEach
  void connect() {
    client = new RawGraphQlClient(port);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "-                                                         | application/json",
      "*/*                                                       | application/json",
      "application/json                                          | application/json",
      "application/graphql-response+json                         | application/graphql-response+json",
      "application/graphql-response+json, application/json;q=0.9 | application/graphql-response+json",
      "application/json, application/graphql-response+json       | application/json"})
  void theResponseMediaTypeFollowsAccept(String accept, String expected) {
    HttpResponse<String> response = post("{ feed(first: 1) { edges { cursor } } }", accept);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "'{ feed(first: 1) { edges { cursor } }',    application/json,    200, GRAPHQL_PARSE_FAILED",
      "'{ feed(first: 1) { edges { cursor } }',    " + GRAPHQL_RESPONSE + ", 400, GRAPHQL_PARSE_FAILED",
      "'{ feed(first: 1) { edges { title } } }',   application/json,    200, GRAPHQL_VALIDATION_FAILED",
      "'{ feed(first: 1) { edges { title } } }',   " + GRAPHQL_RESPONSE + ", 400, GRAPHQL_VALIDATION_FAILED"})
  void documentsThatDoNotParseOrValidateAre200WithJsonAnd400WithGraphQlResponseJson(String query, String accept,
      int status, String code) {
    HttpResponse<String> response = post(query, accept);

    assertThat(response.statusCode()).isEqualTo(status);
    DocumentContext json = parse(response);
    assertThat(json.<List<String>>read("$.errors[*].extensions.code")).containsExactly(code);
    assertThat(json.<Object>read("$.data")).isNull();
  }

  @Test
  void everyResponseHasItsOwnRequestIdAndEveryErrorRepeatsIt() {
    HttpResponse<String> answered = post("{ feed(first: 1) { edges { cursor } } }", null);
    HttpResponse<String> refused = post("{ feed(first: 1) { edges { cursor } } } fragment Unused on Query { feed }", null);

    String answeredId = answered.headers().firstValue("X-Request-Id").orElseThrow();
    String refusedId = refused.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(answeredId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").isNotEqualTo(refusedId);
    assertThat(parse(refused).<List<String>>read("$.errors[*].extensions.requestId")).isNotEmpty().containsOnly(refusedId);
  }

  @Test
  void theOperationNameAndTheVariablesOfTheBodyPickAndFillTheOperation() {
    Map<String, Object> body = Map.of(
        "query", """
            query Count { feed(first: 1) { edges { cursor } } }
            query Titles($first: Int!, $kinds: [FeedItemKind!]) {
              feed(first: $first, filter: {kinds: $kinds}) { edges { node { title } } }
            }""",
        "operationName", "Titles",
        "variables", Map.of("first", 2, "kinds", List.of("NOTE")),
        "extensions", Map.of("client", Map.of("name", "test")));

    HttpResponse<String> response = client.post(JSON.writeValueAsBytes(body), "application/json", null);

    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext json = parse(response);
    assertThat(json.<Object>read("$.errors")).isNull();
    assertThat(json.<List<String>>read("$.data.feed.edges[*].node.title"))
        .containsExactly("Budget questions for renters", "Recount request declined");
  }

  @Test
  void oneFailingFieldLeavesTheRestOfTheAnswer() {
    HttpResponse<String> response = post("""
        {
          found: author(slug: "maren-holt") { name }
          broken: author(slug: "maren-holt") { name articles(first: 2, after: "forged") { edges { cursor } } }
          feed(first: 2) { edges { node { title } } }
        }""", GRAPHQL_RESPONSE);

    // data is there, so the status is 200 even with application/graphql-response+json
    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext json = parse(response);
    assertThat(json.<String>read("$.data.found.name")).isEqualTo("Maren Holt");
    assertThat(json.<List<String>>read("$.data.feed.edges[*].node.title"))
        .containsExactly("What the new budget means for renters", "Budget questions for renters");
    assertThat(json.<Object>read("$.data.broken")).isNull();
    assertThat(json.<List<String>>read("$.errors[*].extensions.code")).containsExactly("BAD_USER_INPUT");
    assertThat(json.<List<Object>>read("$.errors[0].path")).containsExactly("broken", "articles");
  }

  @Test
  void theProbesAreUpWhileTheDatabaseAnswers() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String probe : List.of("liveness", "readiness")) {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/" + probe)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(JsonPath.parse(response.body()).<String>read("$.status")).isEqualTo("UP");
    }
  }

  private HttpResponse<String> post(String query, String accept) {
    return client.post(JSON.writeValueAsString(Map.of("query", query)).getBytes(StandardCharsets.UTF_8),
        "application/json", accept);
  }

  private static DocumentContext parse(HttpResponse<String> response) {
    return JsonPath.using(MISSING_AS_NULL).parse(response.body());
  }
}
