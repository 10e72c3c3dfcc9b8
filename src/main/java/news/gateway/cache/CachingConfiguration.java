package news.gateway.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HttpCacheProperties.class, ResponseCacheProperties.class,
    PersistedQueryProperties.class})
class CachingConfiguration {

  /** Ahead of Spring for GraphQL's own GET route, which answers every GET with 405. */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  RouterFunction<ServerResponse> graphQlGetRoute(@Value("${spring.graphql.http.path:/graphql}") String path,
      GraphQlGetHandler handler) {
    return RouterFunctions.route(RequestPredicates.GET(path), handler);
  }
}
