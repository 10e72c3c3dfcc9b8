package news.gateway.config;

import com.netflix.graphql.dgs.springgraphql.autoconfig.ExceptionHandlerResolverAdapter;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionStrategy;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * The query strategy DGS hands graphql-java ({@code @Qualifier("query")}). Its exception handler is the one
 * graphql-java's default strategy gets from DGS and Spring for GraphQL: Spring's resolvers, then the gateway's
 * {@link DataFetcherExceptionHandler}, so a failing field reports the same error either way.
 */
@Configuration(proxyBeanMethods = false)
class ExecutionStrategyConfiguration {

  @Bean
  @Qualifier("query")
  ExecutionStrategy queryExecutionStrategy(ObjectProvider<DataFetcherExceptionResolver> resolvers,
      DataFetcherExceptionHandler gatewayHandler) {
    List<DataFetcherExceptionResolver> chain = new ArrayList<>(resolvers.orderedStream().toList());
    chain.add(new ExceptionHandlerResolverAdapter(gatewayHandler));
    return new PlainReadExecutionStrategy(DataFetcherExceptionResolver.createExceptionHandler(chain));
  }
}
