package news.gateway.http;

import news.gateway.limits.GatewayLimits;
import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

  static final String MAX_THREADS_PROPERTY = "server.tomcat.threads.max";
  static final int WORKER_THREADS_PER_CORE = 2;

  @Bean
  FilterRegistrationBean<GraphQlPostFilter> graphQlPostFilter(GatewayLimits limits,
      @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
    FilterRegistrationBean<GraphQlPostFilter> registration =
        new FilterRegistrationBean<>(new GraphQlPostFilter(limits.maxRequestSize().toBytes()));
    registration.addUrlPatterns(graphQlPath);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Tomcat's worker threads when {@value #MAX_THREADS_PROPERTY} is not set: {@value #WORKER_THREADS_PER_CORE} per
   * core instead of Tomcat's 200. A request keeps its core busy but for a few milliseconds of SQL, so with a thread
   * per open connection, 16 connections on 2 cores shared the CPU 16 ways and each paid for the switching and the
   * lost caches; further requests now wait their turn, in order. The same jar side by side on the benchmark
   * (2 cores): 4 threads served 1.22× the article pages of 200 threads at 0.75× the gateway CPU per page, and 1.17×
   * those of 8 threads; home feed 1.07× (8 threads the same). The cost: requests held up by a slow database hold
   * the threads too (at most the request timeout each), so a deployment with slow queries raises the setting.
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> workerThreadsPerCore(Environment environment) {
    return factory -> {
      if (!environment.containsProperty(MAX_THREADS_PROPERTY)) {
        int threads = WORKER_THREADS_PER_CORE * Runtime.getRuntime().availableProcessors();
        factory.addConnectorCustomizers(connector -> {
          if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
            protocol.setMaxThreads(threads);
          }
        });
      }
    };
  }

  /** Replaces Spring Boot's handler (it backs off when one exists). */
  @Bean
  GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper jsonMapper) {
    return new GatewayGraphQlHttpHandler(webGraphQlHandler, new CheckedRequestConverter(jsonMapper));
  }

  @Bean
  RequestIdInterceptor requestIdInterceptor() {
    return new RequestIdInterceptor();
  }
}
