package news.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import news.gateway.support.GatewayTest;
import news.gateway.support.HttpGet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayTest
class RequestIdTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @LocalServerPort
  int port;

  /** What RequestIdFilter logs, as the ECS JSON lines LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs prints. */
  final ByteArrayOutputStream jsonLines = new ByteArrayOutputStream();
  OutputStreamAppender<ILoggingEvent> jsonAppender;

  @BeforeEach
  void captureTheFilterLogAsEcsJson() {
    Logger logger = (Logger) LoggerFactory.getLogger(RequestIdFilter.class);
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext(logger.getLoggerContext());
    encoder.setFormat("ecs");
    encoder.start();
    jsonAppender = new OutputStreamAppender<>();
    jsonAppender.setContext(logger.getLoggerContext());
    jsonAppender.setEncoder(encoder);
    jsonAppender.setOutputStream(jsonLines);
    jsonAppender.start();
    logger.addAppender(jsonAppender);
    logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
  }

  @AfterEach
  void stopCapturing() {
    Logger logger = (Logger) LoggerFactory.getLogger(RequestIdFilter.class);
    logger.detachAppender(jsonAppender);
    logger.setLevel(null);
    jsonAppender.stop();
  }

  @Test
  void theCallersRequestIdIsReturnedAndInTheJsonLog() {
    HttpResponse<String> response = post("front-end-7f3a.42");

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("front-end-7f3a.42");
    String log = jsonLines.toString(StandardCharsets.UTF_8);
    assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("{")
        .contains("\"requestId\":\"front-end-7f3a.42\"")
        .contains("\"message\":\"POST /graphql -> 200 in "));
  }

  @Test
  void aRequestWithoutAnIdGetsANewOne() {
    HttpResponse<String> response = post(null);

    assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(jsonLines.toString(StandardCharsets.UTF_8)).contains("\"requestId\":\"" + id + "\"");
  }

  @Test
  void anIdThatCouldForgeLogLinesIsReplaced() {
    HttpResponse<String> tooOdd = post("id with spaces\",\"level\":\"ERROR");
    HttpResponse<String> tooLong = post("x".repeat(129));

    assertThat(tooOdd.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
    assertThat(tooLong.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
  }

  private HttpResponse<String> post(String requestId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"));
    if (requestId != null) {
      request.header("X-Request-Id", requestId);
    }
    HttpResponse<String> response = HttpGet.send(request.build());
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }
}
