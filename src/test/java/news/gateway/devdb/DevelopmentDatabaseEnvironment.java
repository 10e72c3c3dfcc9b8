package news.gateway.devdb;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * When no `spring.datasource.url` is configured, points the gateway at the {@link DevelopmentDatabase}
 * with the demo content and the SQL statement count on. Environment variables and system properties
 * still win; application.yml does not.
 */
public class DevelopmentDatabaseEnvironment implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty("spring.datasource.url")) {
      return;
    }
    Map<String, Object> properties = new HashMap<>(DevelopmentDatabase.connectionProperties());
    properties.put("spring.liquibase.contexts", "schema,demo");
    properties.put("gateway.diagnostics.sql-statements", "true");
    environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new MapPropertySource("developmentDatabase", properties));
  }
}
