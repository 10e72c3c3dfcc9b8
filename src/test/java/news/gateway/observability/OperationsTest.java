package news.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import news.gateway.support.HttpGet;
import news.gateway.support.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayTest
@TestPropertySource(properties = "management.observations.enable.graphql=true")
class OperationsTest {

  @LocalServerPort
  int port;

  @Test
  void readinessIncludesTheDatabase() {
    HttpResponse<String> response = HttpGet.get(port, "/actuator/health/readiness");

    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext health = JsonPath.parse(response.body());
    assertThat(health.<String>read("$.status")).isEqualTo("UP");
    assertThat(health.<Map<String, Object>>read("$.components")).containsOnlyKeys("db", "readinessState");
    assertThat(health.<String>read("$.components.db.status")).isEqualTo("UP");
  }

  @Test
  void livenessDoesNotDependOnTheDatabase() {
    HttpResponse<String> response = HttpGet.get(port, "/actuator/health/liveness");

    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext health = JsonPath.parse(response.body());
    assertThat(health.<String>read("$.status")).isEqualTo("UP");
    assertThat(health.<Map<String, Object>>read("$.components")).containsOnlyKeys("livenessState");
  }

  @Test
  void infoHasTheBuild() {
    HttpResponse<String> response = HttpGet.get(port, "/actuator/info");

    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext info = JsonPath.parse(response.body());
    assertThat(info.<String>read("$.build.group")).isEqualTo("news.gateway");
    assertThat(info.<String>read("$.build.artifact")).isEqualTo("news-gateway");
    assertThat(info.<String>read("$.build.time")).isNotBlank();
  }

  @Test
  void prometheusTimesTheRequestFetchersAndLoaderBatchesAndCountsKeysAndStatements() {
    PrometheusScrape before = scrape();
    DocumentContext page = new GraphQlTestClient(port)
        .query("article-page", Map.of("slug", "what-the-new-budget-means-for-renters"));
    PrometheusScrape after = scrape();

    int statements = page.read("$.extensions.sqlStatements");
    assertThat(statements).isEqualTo(4);
    // Spring for GraphQL's observations
    assertThat(delta(before, after, "graphql_request_seconds_count",
        Map.of("graphql_operation_type", "query", "graphql_outcome", "SUCCESS"))).isEqualTo(1);
    assertThat(delta(before, after, "graphql_request_seconds_bucket", Map.of("le", "+Inf"))).isEqualTo(1);
    assertThat(delta(before, after, "graphql_datafetcher_seconds_count", Map.of("graphql_field_name", "article")))
        .isEqualTo(1);
    // a field read off its record's accessor (config/AccessorFetcher) is not timed
    assertThat(delta(before, after, "graphql_datafetcher_seconds_count", Map.of("graphql_field_name", "headline")))
        .isZero();
    // the gateway's own: one batch of images for the article's two authors' avatars; no batch of related
    // stories, bylines or body blocks (they came with the article, and the stories' bylines with the stories)
    assertThat(delta(before, after, "gateway_dataloader_batch_seconds_count",
        Map.of("loader", "images", "outcome", "SUCCESS"))).isEqualTo(1);
    assertThat(delta(before, after, "gateway_dataloader_batch_seconds_bucket", Map.of("loader", "images", "le", "+Inf")))
        .isEqualTo(1);
    assertThat(delta(before, after, "gateway_dataloader_batch_size_count", Map.of("loader", "images"))).isEqualTo(1);
    assertThat(delta(before, after, "gateway_dataloader_batch_size_sum", Map.of("loader", "images"))).isEqualTo(2);
    assertThat(delta(before, after, "gateway_dataloader_batch_size_count", Map.of("loader", "relatedArticles")))
        .isZero();
    assertThat(delta(before, after, "gateway_dataloader_batch_size_count", Map.of("loader", "bylines"))).isZero();
    assertThat(delta(before, after, "gateway_dataloader_batch_size_count", Map.of("loader", "articleBlocks")))
        .isZero();
    assertThat(delta(before, after, "gateway_graphql_sql_statements_count", Map.of())).isEqualTo(1);
    assertThat(delta(before, after, "gateway_graphql_sql_statements_sum", Map.of())).isEqualTo(statements);
    assertThat(delta(before, after, "gateway_graphql_sql_statements_bucket", Map.of("le", "3.0"))).isZero();
    assertThat(delta(before, after, "gateway_graphql_sql_statements_bucket", Map.of("le", "5.0"))).isEqualTo(1);
  }

  private PrometheusScrape scrape() {
    HttpResponse<String> response = HttpGet.get(port, "/actuator/prometheus");
    assertThat(response.statusCode()).isEqualTo(200);
    return new PrometheusScrape(response.body());
  }

  private static double delta(PrometheusScrape before, PrometheusScrape after, String name, Map<String, String> labels) {
    return after.value(name, labels) - before.value(name, labels);
  }
}
