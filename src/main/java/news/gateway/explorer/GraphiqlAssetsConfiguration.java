package news.gateway.explorer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the GraphiQL page's script and the vendored GraphiQL and React files. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("gateway.developer-tools.enabled")
class GraphiqlAssetsConfiguration implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/graphiql/assets/**").addResourceLocations("classpath:/developer-tools/");
  }
}
