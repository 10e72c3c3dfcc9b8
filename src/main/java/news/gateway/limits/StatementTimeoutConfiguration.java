package news.gateway.limits;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatementTimeoutConfiguration {

  /** Picked up by Spring Boot's jOOQ configuration, next to its exception translator. */
  @Bean
  ExecuteListenerProvider statementTimeout() {
    return new DefaultExecuteListenerProvider(new StatementTimeoutListener());
  }
}
