package news.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import news.gateway.support.RawGraphQlClient;
import news.gateway.support.RequestTemplates;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every request of the hostile corpus (src/test/resources/hostile/manifest.tsv) and checks the status,
 * the code of every error, the request id, that nothing of the server's insides leaks, and finally that the
 * gateway still answers a normal query correctly.
 */
@GatewayTest
class HostileCorpusTest {

  /** Server internals that must never reach a client, unless the client sent that text itself. */
  private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "org.", "jooq", "PSQL",
      "SQLState", "SELECT ", "select ", "feed_item", "article_byline", "related_article", "Hikari");
  private static final List<String> SERVED = List.of("application/json", "application/graphql-response+json");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Configuration MISSING_AS_NULL =
      Configuration.defaultConfiguration().addOptions(Option.DEFAULT_PATH_LEAF_TO_NULL);

  @LocalServerPort
  int port;

  /** One line of the manifest. */
  record Entry(String file, String contentType, String accept, int status, String code) {

    static Entry parse(String line) {
      String[] columns = line.split("\t");
      return new Entry(columns[0], header(columns[1]), header(columns[2]), Integer.parseInt(columns[3]), columns[4]);
    }

    private static String header(String column) {
      return column.equals("-") ? null : column;
    }

    byte[] body() {
      String text = resource(file);
      if (file.contains(".template.")) {
        byte[] expanded = RequestTemplates.expand(text);
        return file.endsWith(".graphql") ? asQuery(new String(expanded, StandardCharsets.UTF_8)) : expanded;
      }
      return file.endsWith(".graphql") ? asQuery(text) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The accepted type when it is one the gateway serves, JSON otherwise (also for a 406). */
    String responseMediaType() {
      return accept != null && SERVED.contains(accept) ? accept : "application/json";
    }

    @Override
    public String toString() {
      return file + " as " + contentType + ", accepting " + accept + " -> " + status + " " + code;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyHostileRequestGetsItsStatusAndCodeAndTheGatewayStillAnswers() {
    RawGraphQlClient client = new RawGraphQlClient(port);
    Stream<DynamicTest> corpus = manifest().stream()
        .map(entry -> dynamicTest(entry.toString(), () -> check(client, entry)));
    Stream<DynamicTest> afterwards = Stream.of(dynamicTest("a normal query after the corpus", () -> {
      DocumentContext page = new GraphQlTestClient(port).query("home-page", Map.of("first", 3));
      assertThat(page.<List<String>>read("$.data.feed.edges[*].node.title")).containsExactly(
          "What the new budget means for renters", "Budget questions for renters", "How a polar research ship is built");
      assertThat(page.<Object>read("$.errors")).isNull();
    }));
    return Stream.concat(corpus, afterwards);
  }

  private static void check(RawGraphQlClient client, Entry entry) {
    byte[] body = entry.body();
    HttpResponse<String> response = client.post(body, entry.contentType(), entry.accept());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(entry.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(contentType ->
        assertThat(contentType).startsWith(entry.responseMediaType()));
    String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
    DocumentContext json = JsonPath.using(MISSING_AS_NULL).parse(response.body());
    List<Map<String, Object>> errors = json.read("$.errors");
    if (entry.code().equals("-")) {
      assertThat(errors).as(response.body()).isNull();
      assertThat(json.<Map<String, Object>>read("$.data")).isNotNull();
    } else {
      assertThat(errors).as(response.body()).isNotEmpty();
      assertThat(json.<List<String>>read("$.errors[*].extensions.code")).as(response.body())
          .hasSize(errors.size()).containsOnly(entry.code());
      assertThat(json.<List<String>>read("$.errors[*].extensions.requestId")).as(response.body())
          .hasSize(errors.size()).containsOnly(requestId);
    }
    String sent = new String(body, StandardCharsets.UTF_8);
    LEAKS.stream().filter(leak -> !sent.contains(leak))
        .forEach(leak -> assertThat(response.body()).doesNotContain(leak));
  }

  private static List<Entry> manifest() {
    return resource("manifest.tsv").lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(Entry::parse)
        .toList();
  }

  private static byte[] asQuery(String query) {
    return JSON.writeValueAsBytes(Map.of("query", query));
  }

  private static String resource(String name) {
    try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No corpus file hostile/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
