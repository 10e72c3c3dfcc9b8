package news.gateway.limits;

import static news.gateway.jooq.Tables.FEED_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import news.gateway.support.HttpGet;
import news.gateway.support.RawGraphQlClient;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A statement still running when the request timeout (lowered to 2 s here) passes is cancelled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "gateway.limits.request-timeout=2s")
@ExtendWith(OutputCaptureExtension.class)
class RequestTimeoutTest {

  private static final byte[] FEED_QUERY =
      "{\"query\": \"{ feed(first: 1) { edges { cursor } } }\"}".getBytes(StandardCharsets.UTF_8);

  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  @Test
  void aStatementStillRunningAtTheTimeoutIsCancelledAndTheRequestIsTimeout(CapturedOutput log) throws Exception {
    RawGraphQlClient client = new RawGraphQlClient(port);
    warmUp(client);
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    try (Connection locker = dataSource.getConnection()) {
      locker.setAutoCommit(false);
      // TRUNCATE holds an exclusive lock on feed_item until the transaction ends, so the feed query waits on
      // it; the transaction is rolled back, so nothing is lost
      DSL.using(locker, SQLDialect.POSTGRES).truncate(FEED_ITEM).cascade().execute();
      try {
        HttpResponse<String> response = client.post(FEED_QUERY, "application/json", "application/json");

        assertThat(response.statusCode()).isEqualTo(504);
        DocumentContext json = JsonPath.parse(response.body());
        assertThat(json.<List<String>>read("$.errors[*].extensions.code")).containsExactly("TIMEOUT");
        assertThat(json.<String>read("$.errors[0].message")).isEqualTo("The request took too long and was stopped");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(json.<String>read("$.errors[0].extensions.requestId")).isEqualTo(requestId);
        // PostgreSQL cancelled the statement, and the log line names the request the client was told about
        assertThat(log).contains("Request " + requestId + " timed out at /feed")
            .contains("canceling statement due to user request");
        // the cancelled statement gave its connection back: only the locker holds one
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(1);

        HttpResponse<String> byGet = HttpGet.get(port, "/graphql?query="
            + URLEncoder.encode("{ feed(first: 1) { edges { cursor } } }", StandardCharsets.UTF_8));
        assertThat(byGet.statusCode()).as("the same query over GET").isEqualTo(504);
        assertThat(JsonPath.parse(byGet.body()).<List<String>>read("$.errors[*].extensions.code"))
            .containsExactly("TIMEOUT");
      } finally {
        locker.rollback();
      }
    }
    HttpResponse<String> afterwards = client.post(FEED_QUERY, "application/json", "application/json");
    assertThat(JsonPath.parse(afterwards.body()).<List<?>>read("$.data.feed.edges")).hasSize(1);
  }

  /** The first requests of a fresh context load classes for seconds; the timeout is about SQL, not that. */
  private static void warmUp(RawGraphQlClient client) {
    for (int attempt = 0; attempt < 5; attempt++) {
      if (client.post(FEED_QUERY, "application/json", "application/json").statusCode() == 200) {
        return;
      }
    }
  }
}
