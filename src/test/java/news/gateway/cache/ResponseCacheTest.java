package news.gateway.cache;

import static news.gateway.cache.HttpExchanges.body;
import static news.gateway.cache.PersistedQueryTest.codes;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

@GatewayTest
@TestPropertySource(properties = {"gateway.response-cache.enabled=true", "gateway.response-cache.ttl=30s"})
@Import(ResponseCacheTest.Instruments.class)
class ResponseCacheTest {

  /** Every SQL statement the gateway runs, and the response cache's clock, in the test's hands. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Instruments {

    @Bean
    AtomicInteger sqlStatements() {
      return new AtomicInteger();
    }

    @Bean
    ExecuteListenerProvider sqlStatementCounting(AtomicInteger sqlStatements) {
      return new DefaultExecuteListenerProvider(new ExecuteListener() {
        @Override
        public void executeStart(ExecuteContext context) {
          sqlStatements.incrementAndGet();
        }
      });
    }

    @Bean
    ManualTicker responseCacheTicker() {
      return new ManualTicker();
    }
  }

  static final class ManualTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long read() {
      return nanos.get();
    }

    void advance(Duration duration) {
      nanos.addAndGet(duration.toNanos());
    }
  }

  static final Map<String, Object> FIVE_ITEMS = Map.of("first", 5);

  @LocalServerPort
  int port;

  @Autowired
  AtomicInteger sqlStatements;

  @Autowired
  ManualTicker ticker;

  HttpExchanges http;

  @BeforeEach
  void connect() {
    http = new HttpExchanges(port);
  }

  /** Sends the request and returns the SQL statements the gateway ran for it. */
  int statementsFor(Runnable request) {
    sqlStatements.set(0);
    request.run();
    return sqlStatements.get();
  }

  HttpResponse<String> homePage(Map<String, Object> variables, String... headers) {
    return http.post(body("query", GraphQlTestClient.load("home-page"), "variables", variables), headers);
  }

  @Test
  void aRepeatedQueryGetsTheIdenticalResponseWithoutRunningSql() {
    String[] bodies = new String[2];
    ticker.advance(Duration.ofMinutes(1)); // whatever an earlier test stored has expired

    int first = statementsFor(() -> bodies[0] = homePage(FIVE_ITEMS).body());
    int second = statementsFor(() -> bodies[1] = homePage(FIVE_ITEMS).body());

    assertThat(first).isPositive();
    assertThat(second).isZero();
    assertThat(bodies[1]).isEqualTo(bodies[0]);
  }

  @Test
  void otherVariablesAreAnotherEntry() {
    homePage(FIVE_ITEMS);

    assertThat(statementsFor(() -> homePage(Map.of("first", 6)))).isPositive();
  }

  @Test
  void variablesTheOperationDoesNotDeclareAreNotAnotherEntry() {
    homePage(FIVE_ITEMS);

    assertThat(statementsFor(() -> homePage(Map.of("first", 5, "padding", "x".repeat(1000))))).isZero();
  }

  @Test
  void afterTheTtlTheQueryRunsAgain() {
    homePage(FIVE_ITEMS);
    ticker.advance(Duration.ofSeconds(29));
    assertThat(statementsFor(() -> homePage(FIVE_ITEMS))).isZero();

    ticker.advance(Duration.ofSeconds(2));

    assertThat(statementsFor(() -> homePage(FIVE_ITEMS))).isPositive();
  }

  @Test
  void requestsWithCredentialsAlwaysRun() {
    homePage(FIVE_ITEMS, "Authorization", "Bearer reader");

    assertThat(statementsFor(() -> homePage(FIVE_ITEMS, "Authorization", "Bearer reader"))).isPositive();
    assertThat(statementsFor(() -> homePage(FIVE_ITEMS, "Cookie", "session=reader"))).isPositive();
  }

  @Test
  void responsesWithErrorsAreNotStored() {
    Map<String, Object> request = body("query", GraphQlTestClient.load("feed-and-invalid-rendition-width"),
        "variables", Map.of("slug", "mayoral-race-three-candidates-one-housing-question"));
    assertThat(codes(HttpExchanges.json(http.post(request)))).containsExactly("BAD_USER_INPUT");

    assertThat(statementsFor(() -> http.post(request))).isPositive();
  }

  @Test
  void aQueryByGetUsesTheEntryOfTheSameQueryByPost() {
    ticker.advance(Duration.ofMinutes(1));
    String posted = homePage(FIVE_ITEMS).body();
    String[] got = new String[1];

    int statements = statementsFor(() -> got[0] = http.get(Map.of("query", GraphQlTestClient.load("home-page"),
        "variables", FIVE_ITEMS)).body());

    assertThat(statements).isZero();
    assertThat(got[0]).isEqualTo(posted);
  }
}
