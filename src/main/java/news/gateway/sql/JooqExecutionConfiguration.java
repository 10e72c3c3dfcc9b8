package news.gateway.sql;

import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.impl.DataSourceConnectionProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ without per-statement work the gateway does not need; each item cost measurable CPU on every statement
 * (bench/profile.sh).
 */
@Configuration(proxyBeanMethods = false)
class JooqExecutionConfiguration {

  /**
   * Connections straight from the pool. Spring Boot's default wraps each in a TransactionAwareDataSourceProxy,
   * a reflective proxy on every JDBC call, for Spring-managed transactions: the gateway only reads, one
   * statement at a time, and never opens one.
   */
  @Bean
  ConnectionProvider poolConnections(DataSource dataSource) {
    return new DataSourceConnectionProvider(dataSource);
  }

  /**
   * No debug-logging listener (the gateway counts statements with its own listener), no
   * {@code getWarnings()} round after each statement (PostgreSQL sends none for a read), and table names
   * without the schema, which is the connection's search path.
   */
  @Bean
  DefaultConfigurationCustomizer leanStatements() {
    return configuration -> configuration.settings()
        .withExecuteLogging(false)
        .withFetchWarnings(false)
        .withRenderSchema(false);
  }
}
