package news.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.netflix.graphql.dgs.context.GraphQLContextContributorInstrumentation;
import com.netflix.graphql.dgs.internal.GraphQLJavaErrorInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import news.gateway.error.ErrorCodesInstrumentation;
import news.gateway.limits.QueryLimitsInstrumentation;
import news.gateway.limits.RequestTimeoutInstrumentation;
import news.gateway.sql.SqlStatementsInstrumentation;
import news.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

@GatewayTest
class InstrumentationConfigurationTest {

  @Autowired
  GraphQlSource graphQlSource;

  @Test
  void theGatewaysInstrumentationsAreChainedWithoutPerFieldHooks() {
    ChainedInstrumentation chain = (ChainedInstrumentation) graphQlSource.graphQl().getInstrumentation();

    assertThat(chain).isInstanceOf(RequestLevelInstrumentation.class);
    assertThat(chain.getInstrumentations()).hasAtLeastOneElementOfType(QueryLimitsInstrumentation.class)
        .hasAtLeastOneElementOfType(RequestTimeoutInstrumentation.class)
        .hasAtLeastOneElementOfType(SqlStatementsInstrumentation.class)
        .hasAtLeastOneElementOfType(ErrorCodesInstrumentation.class)
        .hasAtLeastOneElementOfType(GraphQLContextContributorInstrumentation.class)
        .hasAtLeastOneElementOfType(GraphQLJavaErrorInstrumentation.class);
  }
}
