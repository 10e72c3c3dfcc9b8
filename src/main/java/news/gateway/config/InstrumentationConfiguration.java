package news.gateway.config;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chains the instrumentation beans as {@link RequestLevelInstrumentation} does, in the order DGS hands them to
 * Spring for GraphQL, whose own chain this replaces (its GraphQL configurers run after it is set).
 */
@Configuration(proxyBeanMethods = false)
class InstrumentationConfiguration {

  @Bean
  GraphQlSourceBuilderCustomizer requestLevelInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
    return source -> source.configureGraphQl(
        graphQl -> graphQl.instrumentation(RequestLevelInstrumentation.of(instrumentations.orderedStream().toList())));
  }
}
