package news.gateway.observability;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring for GraphQL's request and data fetcher observations, which become the timers {@code graphql.request}
 * and {@code graphql.datafetcher}. DGS 12 excludes Spring Boot's configuration of them and no longer has a
 * metrics module of its own, so the gateway declares the instrumentation itself, only when they are turned on
 * ({@code management.observations.enable.graphql=true}): switched off by that property alone, it would still
 * wrap every data fetcher and start a no-op observation per field.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("management.observations.enable.graphql")
class GraphQlObservationConfiguration {

  @Bean
  GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry observationRegistry) {
    return new GraphQlObservationInstrumentation(observationRegistry) {
      /**
       * Leaves out the DataLoader observation: it replaces the request's DataLoaderRegistry with a rebuilt one,
       * which stops graphql-java from batching chained loads together (the article page ran 9 SQL statements
       * instead of 8: the bylines of the article and of its related stories in two batches instead of one).
       * {@link DataLoaderMetrics} times the batches instead.
       */
      @Override
      public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
          InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return executionInput;
      }
    };
  }
}
