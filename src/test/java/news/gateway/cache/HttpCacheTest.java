package news.gateway.cache;

import static news.gateway.cache.HttpExchanges.body;
import static news.gateway.cache.HttpExchanges.json;
import static news.gateway.cache.HttpExchanges.persistedQuery;
import static news.gateway.cache.PersistedQueryTest.assertEveryErrorCarriesTheRequestId;
import static news.gateway.cache.PersistedQueryTest.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@GatewayTest
@TestPropertySource(properties = {"gateway.http-cache.max-age=45s", "gateway.http-cache.stale-while-revalidate=2m"})
class HttpCacheTest {

  static final String CACHE_CONTROL = "public, max-age=45, stale-while-revalidate=120";
  static final Map<String, Object> THREE_ITEMS = Map.of("first", 3);

  @LocalServerPort
  int port;

  @Autowired
  PersistedQueries persistedQueries;

  HttpExchanges http;

  @BeforeEach
  void connect() {
    http = new HttpExchanges(port);
  }

  HttpResponse<String> homePageByGet(String... headers) {
    return http.get(Map.of("query", GraphQlTestClient.load("home-page"), "variables", THREE_ITEMS), headers);
  }

  @Test
  void aQueryByGetAnswersWhatPostAnswersWithAnETagAndCacheControl() {
    HttpResponse<String> response = homePageByGet();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).isEqualTo(
        json(http.post(body("query", GraphQlTestClient.load("home-page"), "variables", THREE_ITEMS))));
    assertThat(json(response)).doesNotContainKey("errors");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\""));
    assertThat(response.headers().firstValue("Cache-Control")).contains(CACHE_CONTROL);
    assertThat(response.headers().firstValue("Vary")).contains("Accept");
  }

  @Test
  void theSameAnswerHasTheSameETagAndAnotherAnswerAnother() {
    String tag = homePageByGet().headers().firstValue("ETag").orElseThrow();

    assertThat(homePageByGet().headers().firstValue("ETag")).contains(tag);
    assertThat(http.get(Map.of("query", GraphQlTestClient.load("home-page"), "variables", Map.of("first", 4)))
        .headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
  }

  @Test
  void ifNoneMatchWithTheCurrentTagGets304WithoutABody() {
    String tag = homePageByGet().headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> revalidated = homePageByGet("If-None-Match", tag);

    assertThat(revalidated.statusCode()).isEqualTo(304);
    assertThat(revalidated.body()).isEmpty();
    assertThat(revalidated.headers().firstValue("ETag")).contains(tag);
    assertThat(revalidated.headers().firstValue("Cache-Control")).contains(CACHE_CONTROL);
  }

  @Test
  void ifNoneMatchNamingTheTagAmongOthersOrWeaklyGets304() {
    String tag = homePageByGet().headers().firstValue("ETag").orElseThrow();

    assertThat(homePageByGet("If-None-Match", "\"older\", W/" + tag).statusCode()).isEqualTo(304);
    assertThat(homePageByGet("If-None-Match", "*").statusCode()).isEqualTo(304);
  }

  @Test
  void eachMediaTypeHasItsOwnTagAndRevalidatesWithIt() {
    String json = homePageByGet("Accept", "application/json").headers().firstValue("ETag").orElseThrow();
    String graphQlResponse = homePageByGet("Accept", "application/graphql-response+json").headers()
        .firstValue("ETag").orElseThrow();

    assertThat(graphQlResponse).isNotEqualTo(json);
    assertThat(homePageByGet("Accept", "application/json", "If-None-Match", json).statusCode()).isEqualTo(304);
    assertThat(homePageByGet("Accept", "application/graphql-response+json", "If-None-Match", graphQlResponse)
        .statusCode()).isEqualTo(304);
    assertThat(homePageByGet("Accept", "application/json", "If-None-Match", graphQlResponse).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theTagInALaterIfNoneMatchFieldGets304() {
    String tag = homePageByGet().headers().firstValue("ETag").orElseThrow();

    assertThat(homePageByGet("If-None-Match", "\"older\"", "If-None-Match", tag).statusCode()).isEqualTo(304);
  }

  @Test
  void anOutdatedTagGetsTheWholeResponse() {
    HttpResponse<String> response = homePageByGet("If-None-Match", "\"an-older-version\"");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).containsKey("data");
  }

  @Test
  void theGraphQlResponseMediaTypeIsServedWhenAsked() {
    HttpResponse<String> response = homePageByGet("Accept", "application/graphql-response+json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/graphql-response+json");
  }

  @Test
  void aResponseWithErrorsIsNotStored() {
    HttpResponse<String> response = http.get(Map.of("query", GraphQlTestClient.load("home-page"),
        "variables", Map.of("first", 0)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(codes(json(response))).containsExactly("BAD_USER_INPUT");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(response.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void aMutationByGetIsRefusedWith405() {
    HttpResponse<String> response = http.get(Map.of("query", GraphQlTestClient.load("a-mutation")));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(codes(json(response))).containsExactly("METHOD_NOT_ALLOWED");
    assertEveryErrorCarriesTheRequestId(response);
  }

  @Test
  void aPersistedMutationByGetIsRefusedWith405() {
    String document = GraphQlTestClient.load("a-mutation") + "\n# aPersistedMutationByGetIsRefusedWith405";
    String hash = PersistedQueries.sha256(document);
    // Registered directly: this schema has no mutations, so a mutation never runs and is never registered
    // by a request; a schema with mutations would register it.
    persistedQueries.remember(hash, document);

    HttpResponse<String> response = http.get(Map.of("extensions", persistedQuery(hash)));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(codes(json(response))).containsExactly("METHOD_NOT_ALLOWED");
  }

  @Test
  void operationNameChoosesWhichOperationOfTheDocumentIsJudged() {
    String document = GraphQlTestClient.load("a-query-and-a-mutation");

    HttpResponse<String> query = http.get(Map.of("query", document, "operationName", "Headlines"));
    HttpResponse<String> mutation = http.get(Map.of("query", document, "operationName", "Publish"));

    // The query is let through to execution, where the schema's validation rejects the document's mutation.
    assertThat(query.statusCode()).isEqualTo(200);
    assertThat(query.body()).contains("The 'Mutation' operation is not supported by the schema");
    assertThat(mutation.statusCode()).isEqualTo(405);
    assertThat(codes(json(mutation))).containsExactly("METHOD_NOT_ALLOWED");
  }

  @Test
  void anEmptyOperationNameIsNoNameAndTheMutationIsStillRefused() {
    HttpResponse<String> response = http.get(Map.of("query", GraphQlTestClient.load("a-mutation"),
        "operationName", ""));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(codes(json(response))).containsExactly("METHOD_NOT_ALLOWED");
  }

  @Test
  void aGetWithoutQueryIsABadRequest() {
    HttpResponse<String> response = http.get(Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(codes(json(response))).containsExactly("BAD_USER_INPUT");
    assertEveryErrorCarriesTheRequestId(response);
  }

  @Test
  void variablesThatAreNotAJsonObjectAreABadRequest() {
    HttpResponse<String> response = http.get(Map.of("query", GraphQlTestClient.load("home-page"),
        "variables", "[1, 2]"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(codes(json(response))).containsExactly("BAD_USER_INPUT");
  }

  @Test
  void aPersistedQueryThatIsNotAnObjectIsABadRequest() {
    Map<String, Object> notAnObject = new HashMap<>();
    notAnObject.put("persistedQuery", null);

    HttpResponse<String> response = http.get(Map.of("query", GraphQlTestClient.load("home-page"),
        "variables", THREE_ITEMS, "extensions", notAnObject));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(codes(json(response))).containsExactly("BAD_USER_INPUT");
  }

  @Test
  void anAcceptThatAllowsNoJsonOrDoesNotParseIsRefusedWith406AsForPost() {
    for (String accept : List.of("foo", "text/html")) {
      HttpResponse<String> response = homePageByGet("Accept", accept);

      assertThat(response.statusCode()).as(accept).isEqualTo(406);
      assertThat(response.headers().firstValue("Content-Type")).as(accept).contains("application/json");
      assertThat(codes(json(response))).as(accept).containsExactly("BAD_USER_INPUT");
      assertEveryErrorCarriesTheRequestId(response);
    }
  }
}
