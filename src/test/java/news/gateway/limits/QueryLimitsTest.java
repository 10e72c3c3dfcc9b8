package news.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import news.gateway.support.ExecutedStatements;
import news.gateway.support.GraphQlTestClient;
import news.gateway.support.RawGraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each limit refuses with its own code before any SQL runs (no `extensions.sqlStatements`, and no statement
 * at all by the counter), and a request right at the limit still runs. The token limit is lowered here to
 * make it reachable in a small body; the others keep their defaults.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gateway.limits.max-tokens=500")
@Import(ExecutedStatements.class)
class QueryLimitsTest {

  private static final String ARTICLE = "what-the-new-budget-means-for-renters";
  private static final String AUTHOR = "maren-holt";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Configuration MISSING_AS_NULL =
      Configuration.defaultConfiguration().addOptions(Option.DEFAULT_PATH_LEAF_TO_NULL);

  @LocalServerPort
  int port;

  @Autowired
  ExecutedStatements statements;

  GraphQlTestClient graphql;
  RawGraphQlClient raw;

  @BeforeEach
  void connect() {
    graphql = new GraphQlTestClient(port);
    raw = new RawGraphQlClient(port);
  }

  @Test
  void aQueryAtTheDepthLimitRunsAndOneLevelDeeperIsQueryTooDeep() {
    DocumentContext ten = graphql.query("related-articles-10-deep", Map.of("slug", ARTICLE));
    assertThat(ten.<Object>read("$.errors")).isNull();
    assertThat(ten.<Object>read("$.data.article.relatedArticles")).isNotNull();

    assertRefusedBeforeAnySql(() -> graphql.query("related-articles-11-deep", Map.of("slug", ARTICLE)),
        "QUERY_TOO_DEEP", "Query depth 11 exceeds the limit of 10");
  }

  @Test
  void fiftyAliasesRunAndFiftyOneAreQueryTooComplex() {
    DocumentContext fifty = query("{ feed(first: 1) { edges { node { " + aliasedIds(50) + "} } } }");
    assertThat(fifty.<String>read("$.data.feed.edges[0].node.a50"))
        .isEqualTo(fifty.<String>read("$.data.feed.edges[0].node.a1")).isNotNull();

    assertRefusedBeforeAnySql(() -> query("{ feed(first: 1) { edges { node { " + aliasedIds(51) + "} } } }"),
        "QUERY_TOO_COMPLEX", "Query has 51 aliases; the limit is 50");
  }

  @Test
  void twentyTopLevelFieldsRunAndTwentyOneAreQueryTooComplex() {
    DocumentContext twenty = query("{ " + topLevelFeeds(20) + "}");
    assertThat(twenty.<Boolean>read("$.data.f20.pageInfo.hasNextPage")).isTrue();

    assertRefusedBeforeAnySql(() -> query("{ " + topLevelFeeds(21) + "}"),
        "QUERY_TOO_COMPLEX", "Query has 21 top-level fields; the limit is 20");
  }

  @Test
  void theCostCountsPageSizesFromVariablesAndStopsAtTheLimit() {
    // cost = 2 + articles * (3 + related): 2 + 100 * 99 = 9902 runs, 2 + 100 * 100 = 10002 does not
    DocumentContext withinLimit = graphql.query("author-articles-with-related",
        Map.of("slug", AUTHOR, "articles", 100, "related", 96));
    assertThat(withinLimit.<Object>read("$.errors")).isNull();
    assertThat(withinLimit.<List<?>>read("$.data.author.articles.edges")).isNotEmpty();

    assertRefusedBeforeAnySql(() -> graphql.query("author-articles-with-related",
            Map.of("slug", AUTHOR, "articles", 100, "related", 97)),
        "QUERY_TOO_COMPLEX",
        "Query cost 10002 exceeds the limit of 10000"
            + " (each field costs 1; `first`, or the number of `ids`, multiplies what is under it)");
  }

  @Test
  void aPageSizeOverOneHundredIsRefusedBeforeEvenTheParentFieldQueries() {
    DocumentContext hundred = graphql.query("author-articles", Map.of("slug", AUTHOR, "first", 100));
    assertThat(hundred.<String>read("$.data.author.name")).isEqualTo("Maren Holt");

    assertRefusedBeforeAnySql(() -> graphql.query("author-articles", Map.of("slug", AUTHOR, "first", 101)),
        "BAD_USER_INPUT", "`first` must be between 1 and 100, was 101");
  }

  @Test
  void fiveHundredTokensParseAndOneMoreIsRequestTooLarge() {
    // 13 tokens around the selection ({ feed ( first : 1 ) { pageInfo { … } } }) and the end of input
    DocumentContext atLimit = query("{ feed(first: 1) { pageInfo { " + "hasNextPage ".repeat(486) + "} } }");
    assertThat(atLimit.<Boolean>read("$.data.feed.pageInfo.hasNextPage")).isTrue();

    assertRefusedBeforeAnySql(() -> query("{ feed(first: 1) { pageInfo { " + "hasNextPage ".repeat(487) + "} } }"),
        "REQUEST_TOO_LARGE",
        "More than 500 'grammar' tokens have been presented. To prevent Denial Of Service attacks, parsing has been cancelled.");
  }

  @Test
  void aBodyOfExactlyTheLimitRunsAndOneByteMoreIsRequestTooLarge() {
    HttpResponse<String> atLimit = postJson(bodyOfLength(102_400));
    assertThat(atLimit.statusCode()).isEqualTo(200);
    assertThat(parse(atLimit).<Boolean>read("$.data.feed.pageInfo.hasNextPage")).isTrue();

    int before = statements.count();
    HttpResponse<String> tooLarge = postJson(bodyOfLength(102_401));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(parse(tooLarge).<List<String>>read("$.errors[*].extensions.code")).containsExactly("REQUEST_TOO_LARGE");
    assertThat(parse(tooLarge).<String>read("$.errors[0].message")).isEqualTo("Request body is larger than 102400 bytes");
    assertThat(statements.count()).isEqualTo(before);
  }

  @Test
  void aBatchOfOperationsIsRefused() {
    int before = statements.count();
    HttpResponse<String> batch = postJson("[{\"query\": \"{ feed(first: 1) { edges { cursor } } }\"},"
        + " {\"query\": \"{ feed(first: 2) { edges { cursor } } }\"}]");

    assertThat(batch.statusCode()).isEqualTo(400);
    assertThat(parse(batch).<List<String>>read("$.errors[*].extensions.code")).containsExactly("BAD_USER_INPUT");
    assertThat(parse(batch).<String>read("$.errors[0].message"))
        .isEqualTo("Batched requests are not supported; send one operation per request");
    assertThat(statements.count()).isEqualTo(before);
  }

  private void assertRefusedBeforeAnySql(Supplier<DocumentContext> request, String code, String message) {
    int before = statements.count();
    DocumentContext response = request.get();

    assertThat(response.<List<String>>read("$.errors[*].extensions.code")).containsExactly(code);
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo(message);
    assertThat(response.<Object>read("$.data")).isNull();
    assertThat(response.<Integer>read("$.extensions.sqlStatements")).isZero();
    assertThat(statements.count()).isEqualTo(before);
  }

  private DocumentContext query(String document) {
    HttpResponse<String> response = postJson(JSON.writeValueAsString(Map.of("query", document)));
    assertThat(response.statusCode()).isEqualTo(200);
    return parse(response);
  }

  private HttpResponse<String> postJson(String body) {
    return raw.post(body.getBytes(StandardCharsets.UTF_8), "application/json", "application/json");
  }

  private static DocumentContext parse(HttpResponse<String> response) {
    return JsonPath.using(MISSING_AS_NULL).parse(response.body());
  }

  /** A feed query padded with an unused variable to exactly {@code length} bytes. */
  private static String bodyOfLength(int length) {
    String prefix = "{\"query\": \"{ feed(first: 1) { pageInfo { hasNextPage } } }\", \"variables\": {\"padding\": \"";
    String suffix = "\"}}";
    return prefix + "x".repeat(length - prefix.length() - suffix.length()) + suffix;
  }

  private static String aliasedIds(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "a" + i + ": id ").collect(Collectors.joining());
  }

  private static String topLevelFeeds(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> "f" + i + ": feed(first: 1) { pageInfo { hasNextPage } } ").collect(Collectors.joining());
  }
}
