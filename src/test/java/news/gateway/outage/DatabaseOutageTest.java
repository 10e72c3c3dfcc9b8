package news.gateway.outage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.gateway.NewsGatewayApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The gateway on its own PostgreSQL, which the test stops and starts again under the running gateway. Not
 * the shared development database: this one has a fixed data directory and port so it can come back as the
 * same server.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

  private static final Path DIRECTORY = Path.of("target", "outage-pg").toAbsolutePath();
  private static final String FEED_QUERY = "{\"query\": \"{ feed(first: 3) { edges { node { title } } } }\"}";
  private static final List<String> FIRST_THREE_TITLES = List.of(
      "What the new budget means for renters", "Budget questions for renters", "How a polar research ship is built");

  private static int databasePort;
  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext gateway;
  private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startDatabaseAndGateway() throws IOException {
    FileSystemUtils.deleteRecursively(DIRECTORY);
    databasePort = freePort();
    postgres = startPostgres();
    // as command-line arguments: they win over application.yml
    gateway = new SpringApplicationBuilder(NewsGatewayApplication.class).run(
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.liquibase.contexts=schema,demo",
        "--server.port=0");
  }

  @AfterAll
  static void stopGatewayAndDatabase() throws IOException {
    if (gateway != null) {
      gateway.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void withPostgresStoppedRequestsFailFastAsServiceUnavailableAndTheGatewayRecoversWhenItIsBack(CapturedOutput log)
      throws Exception {
    // the first request of a fresh gateway loads classes for seconds: not what this test is about
    HttpResponse<String> before = feed(Duration.ofSeconds(30));
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(JsonPath.parse(before.body()).<List<String>>read("$.data.feed.edges[*].node.title"))
        .containsExactlyElementsOf(FIRST_THREE_TITLES);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

    postgres.close();

    // the client gives up after 2 s: an answer at all proves the gateway failed within them
    HttpResponse<String> down = feed(Duration.ofSeconds(2));
    assertThat(down.statusCode()).isEqualTo(503);
    DocumentContext error = JsonPath.parse(down.body());
    assertThat(error.<List<String>>read("$.errors[*].extensions.code")).containsExactly("SERVICE_UNAVAILABLE");
    assertThat(error.<String>read("$.errors[0].message")).isEqualTo("The content store is unavailable; try again shortly");
    String requestId = down.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(error.<String>read("$.errors[0].extensions.requestId")).isEqualTo(requestId);
    assertThat(log).contains("Request " + requestId + " found the database unavailable at /feed");
    assertThat(down.body()).doesNotContain("Exception", "PSQL", "jooq", "feed_item", "Connection");

    HttpResponse<String> readinessDown = get("/actuator/health/readiness");
    assertThat(readinessDown.statusCode()).isEqualTo(503);
    assertThat(JsonPath.parse(readinessDown.body()).<String>read("$.status")).isEqualTo("DOWN");
    HttpResponse<String> liveness = get("/actuator/health/liveness");
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(JsonPath.parse(liveness.body()).<String>read("$.status")).isEqualTo("UP");

    postgres = startPostgres();

    assertThat(awaitReadiness()).isEqualTo(200);
    HttpResponse<String> after = feed(Duration.ofSeconds(2));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(JsonPath.parse(after.body()).<List<String>>read("$.data.feed.edges[*].node.title"))
        .containsExactlyElementsOf(FIRST_THREE_TITLES);
  }

  /** The same server as before: same data directory, same port. */
  private static EmbeddedPostgres startPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(DIRECTORY.resolve("data"))
        .setCleanDataDirectory(false)
        .setPort(databasePort)
        .start();
  }

  /** Readiness polled for at most 20 s; the gateway itself is never restarted. */
  private static int awaitReadiness() throws Exception {
    int status = 0;
    for (int attempt = 0; attempt < 40 && status != 200; attempt++) {
      status = get("/actuator/health/readiness").statusCode();
      if (status != 200) {
        Thread.sleep(500);
      }
    }
    return status;
  }

  private static HttpResponse<String> feed(Duration clientTimeout) throws Exception {
    return http.send(HttpRequest.newBuilder(uri("/graphql"))
        .timeout(clientTimeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(FEED_QUERY))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
    return URI.create("http://localhost:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
