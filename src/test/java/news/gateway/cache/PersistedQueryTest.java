package news.gateway.cache;

import static news.gateway.cache.HttpExchanges.body;
import static news.gateway.cache.HttpExchanges.json;
import static news.gateway.cache.HttpExchanges.persistedQuery;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayTest
class PersistedQueryTest {

  static final Map<String, Object> MAYORAL_RACE = Map.of("slug", "mayoral-race-three-candidates-one-housing-question");

  @LocalServerPort
  int port;

  HttpExchanges http;

  @BeforeEach
  void connect() {
    http = new HttpExchanges(port);
  }

  /** A document no other test registers: the persisted queries live as long as the application. */
  static String unique(String document, String testName) {
    return GraphQlTestClient.load(document) + "\n# " + testName;
  }

  @Test
  void anUnknownHashGetsPersistedQueryNotFound() {
    String document = unique("article-page", "anUnknownHashGetsPersistedQueryNotFound");

    HttpResponse<String> response = http.post(body("variables", MAYORAL_RACE,
        "extensions", persistedQuery(PersistedQueries.sha256(document))));

    assertThat(json(response)).doesNotContainKey("data");
    assertThat(json(response).get("errors")).isEqualTo(List.of(Map.of("message", "PersistedQueryNotFound",
        "extensions", Map.of("code", "PERSISTED_QUERY_NOT_FOUND", "classification", "NOT_FOUND",
            "requestId", requestId(response)))));
  }

  @Test
  void aDocumentSentWithItsHashIsRegisteredAndTheHashAloneThenRunsIt() {
    String document = unique("article-page", "aDocumentSentWithItsHashIsRegistered");
    String hash = PersistedQueries.sha256(document);

    Map<String, Object> registered = json(http.post(body("query", document, "variables", MAYORAL_RACE,
        "extensions", persistedQuery(hash))));
    Map<String, Object> byHash = json(http.post(body("variables", MAYORAL_RACE, "extensions", persistedQuery(hash))));

    assertThat(registered).doesNotContainKey("errors");
    assertThat(registered.get("data")).isEqualTo(json(http.post(body("query", document, "variables", MAYORAL_RACE))).get("data"));
    assertThat(byHash).isEqualTo(registered);
  }

  @Test
  void aHashThatIsNotTheDocumentsIsRefusedAndNothingIsRegistered() {
    String document = unique("article-page", "aHashThatIsNotTheDocuments");
    String otherHash = PersistedQueries.sha256(document + " ");

    HttpResponse<String> refused = http.post(body("query", document, "variables", MAYORAL_RACE,
        "extensions", persistedQuery(otherHash)));
    Map<String, Object> byHash = json(http.post(body("variables", MAYORAL_RACE, "extensions", persistedQuery(otherHash))));

    assertThat(json(refused).get("errors")).isEqualTo(List.of(Map.of("message", "provided sha does not match query",
        "extensions", Map.of("code", "BAD_USER_INPUT", "classification", "BAD_REQUEST",
            "requestId", requestId(refused)))));
    assertThat(codes(byHash)).containsExactly("PERSISTED_QUERY_NOT_FOUND");
  }

  @Test
  void aDocumentThatDoesNotParseOrValidateIsNotRegistered() {
    for (String name : List.of("not-parsing", "not-validating")) {
      String document = unique(name, "aDocumentThatDoesNotParseOrValidateIsNotRegistered");
      String hash = PersistedQueries.sha256(document);
      Map<String, Object> refused = json(http.post(body("query", document, "extensions", persistedQuery(hash))));

      Map<String, Object> byHash = json(http.post(body("extensions", persistedQuery(hash))));

      assertThat(codes(refused)).as(document).containsAnyOf("GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED");
      assertThat(codes(byHash)).as(document).containsExactly("PERSISTED_QUERY_NOT_FOUND");
    }
  }

  @Test
  void onlyVersionOneWithAHexSha256IsAccepted() {
    String document = unique("article-page", "onlyVersionOne");
    String hash = PersistedQueries.sha256(document);

    HttpResponse<String> versionTwo = http.post(body("query", document, "variables", MAYORAL_RACE,
        "extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", hash))));
    HttpResponse<String> notHex = http.post(body("query", document, "variables", MAYORAL_RACE,
        "extensions", persistedQuery("z".repeat(64))));

    assertThat(codes(json(versionTwo))).containsExactly("BAD_USER_INPUT");
    assertThat(codes(json(notHex))).containsExactly("BAD_USER_INPUT");
    assertEveryErrorCarriesTheRequestId(versionTwo);
    assertEveryErrorCarriesTheRequestId(notHex);
  }

  @Test
  void aRegisteredHashRunsOverGetToo() {
    String document = unique("article-page", "aRegisteredHashRunsOverGetToo");
    String hash = PersistedQueries.sha256(document);
    Map<String, Object> registered = json(http.post(body("query", document, "variables", MAYORAL_RACE,
        "extensions", persistedQuery(hash))));

    HttpResponse<String> byGet = http.get(Map.of("variables", MAYORAL_RACE, "extensions", persistedQuery(hash)));

    assertThat(byGet.statusCode()).isEqualTo(200);
    assertThat(json(byGet)).isEqualTo(registered);
    assertThat(byGet.headers().firstValue("ETag")).isPresent();
  }

  @Test
  void anUnknownHashOverGetIsNotCacheable() {
    String document = unique("article-page", "anUnknownHashOverGet");

    HttpResponse<String> byGet = http.get(Map.of("variables", MAYORAL_RACE,
        "extensions", persistedQuery(PersistedQueries.sha256(document))));

    assertThat(byGet.statusCode()).isEqualTo(200);
    assertThat(codes(json(byGet))).containsExactly("PERSISTED_QUERY_NOT_FOUND");
    assertEveryErrorCarriesTheRequestId(byGet);
    assertThat(byGet.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(byGet.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void anUnknownHashIs200WithTheGraphQlResponseMediaTypeOverPostAndGet() {
    String document = unique("article-page", "anUnknownHashIs200WithTheGraphQlResponseMediaType");
    Map<String, Object> extensions = persistedQuery(PersistedQueries.sha256(document));

    HttpResponse<String> byPost = http.post(body("variables", MAYORAL_RACE, "extensions", extensions),
        "Accept", "application/graphql-response+json");
    HttpResponse<String> byGet = http.get(Map.of("variables", MAYORAL_RACE, "extensions", extensions),
        "Accept", "application/graphql-response+json");

    for (HttpResponse<String> response : List.of(byPost, byGet)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).contains("application/graphql-response+json");
      assertThat(codes(json(response))).containsExactly("PERSISTED_QUERY_NOT_FOUND");
    }
  }

  static String requestId(HttpResponse<String> response) {
    return response.headers().firstValue("X-Request-Id").orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static void assertEveryErrorCarriesTheRequestId(HttpResponse<String> response) {
    assertThat((List<Map<String, Object>>) json(response).get("errors")).as(response.body()).isNotEmpty()
        .allSatisfy(error -> assertThat((Map<String, Object>) error.get("extensions"))
            .containsEntry("requestId", requestId(response)));
  }

  @SuppressWarnings("unchecked")
  static List<String> codes(Map<String, Object> response) {
    return ((List<Map<String, Object>>) response.get("errors")).stream()
        .map(error -> (String) ((Map<String, Object>) error.get("extensions")).get("code"))
        .toList();
  }
}
