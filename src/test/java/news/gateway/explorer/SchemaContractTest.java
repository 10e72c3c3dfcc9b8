package news.gateway.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import news.gateway.support.GatewayTest;
import news.gateway.support.HttpGet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The schema served at /schema.graphql against the committed snapshot, so that no web client is broken by
 * accident. A breaking change fails with the list of what breaks; any other change fails until the snapshot
 * records it. Rewrite the snapshot with {@value #UPDATE_COMMAND} and commit it with the schema change.
 */
@GatewayTest
class SchemaContractTest {

  static final Path SNAPSHOT = Path.of("src/test/resources/schema-snapshot.graphql");
  static final String UPDATE_COMMAND = "./mvnw test -Dtest=SchemaContractTest -Dschema.snapshot=update";

  @LocalServerPort
  int port;

  @Test
  void theServedSchemaKeepsTheContractWithClients() throws IOException {
    HttpResponse<String> response = HttpGet.get(port, "/schema.graphql");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
    String served = response.body();

    if ("update".equals(System.getProperty("schema.snapshot"))) {
      rewriteSnapshot(served);
    }
    String snapshot = Files.readString(SNAPSHOT).replace("\r\n", "\n");
    SchemaChanges changes = SchemaChanges.between(snapshot, served);

    assertThat(changes.breaking())
        .as("Changes that break clients of the schema in %s. If you mean to break them, rewrite the snapshot with %s",
            SNAPSHOT, UPDATE_COMMAND)
        .isEmpty();
    assertThat(served)
        .as("The schema changed without breaking clients%s; record the change with %s",
            changes.dangerous().isEmpty() ? "" : " (but mind: " + changes.dangerous() + ")", UPDATE_COMMAND)
        .isEqualTo(snapshot);
  }

  private static void rewriteSnapshot(String served) throws IOException {
    String previous = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT) : null;
    Files.writeString(SNAPSHOT, served);
    String report = previous == null ? "it is new" : SchemaChanges.between(previous, served).toString();
    // skipped, not passed: rewriting the snapshot checks nothing
    Assumptions.abort("Rewrote " + SNAPSHOT + " (" + report + ")");
  }
}
