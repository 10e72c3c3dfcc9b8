package news.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import news.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

@GatewayTest
class ExecutionStrategyConfigurationTest {

  @Autowired
  GraphQlSource graphQlSource;

  @Test
  void queriesRunOnTheStrategyThatCompletesPlainReadsDirectly() {
    GraphQL graphQl = graphQlSource.graphQl();
    GraphQLSchema schema = graphQl.getGraphQLSchema();
    PlainReadExecutionStrategy strategy = (PlainReadExecutionStrategy) graphQl.getQueryStrategy();

    assertThat(strategy.completesDirectly(schema, "Article", "headline")).isTrue();
    assertThat(strategy.completesDirectly(schema, "Author", "name")).isTrue();
    assertThat(strategy.completesDirectly(schema, "Article", "authors")).isTrue();
    assertThat(strategy.completesDirectly(schema, "Article", "heroImage")).isTrue();
    assertThat(strategy.completesDirectly(schema, "Article", "relatedArticles")).isFalse();
    assertThat(strategy.completesDirectly(schema, "Query", "article")).isFalse();
  }
}
