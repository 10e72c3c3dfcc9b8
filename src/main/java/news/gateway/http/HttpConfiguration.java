package news.gateway.http;

import news.gateway.limits.GatewayLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

  @Bean
  FilterRegistrationBean<GraphQlPostFilter> graphQlPostFilter(GatewayLimits limits,
      @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
    FilterRegistrationBean<GraphQlPostFilter> registration =
        new FilterRegistrationBean<>(new GraphQlPostFilter(limits.maxRequestSize().toBytes()));
    registration.addUrlPatterns(graphQlPath);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** Replaces Spring Boot's handler (it backs off when one exists). */
  @Bean
  GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
    return new GatewayGraphQlHttpHandler(webGraphQlHandler);
  }

  @Bean
  RequestIdInterceptor requestIdInterceptor() {
    return new RequestIdInterceptor();
  }
}
