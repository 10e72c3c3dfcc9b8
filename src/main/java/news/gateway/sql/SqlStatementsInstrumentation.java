package news.gateway.sql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements of every GraphQL request into the histogram {@code gateway.graphql.sql.statements},
 * and adds the count as `extensions.sqlStatements` to the response when `gateway.diagnostics.sql-statements` is on.
 */
@Component
public class SqlStatementsInstrumentation extends SimplePerformantInstrumentation {

  private final DistributionSummary statementsPerRequest;
  private final boolean inResponse;

  public SqlStatementsInstrumentation(MeterRegistry registry,
      @Value("${gateway.diagnostics.sql-statements:false}") boolean inResponse) {
    this.statementsPerRequest = DistributionSummary.builder("gateway.graphql.sql.statements")
        .description("SQL statements run by one GraphQL request")
        .baseUnit("statements")
        .serviceLevelObjectives(1, 2, 3, 5, 8, 13, 20, 50, 100)
        .register(registry);
    this.inResponse = inResponse;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    SqlStatementCounter.start();
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    int statements = SqlStatementCounter.stop();
    statementsPerRequest.record(statements);
    if (!inResponse) {
      return CompletableFuture.completedFuture(result);
    }
    Map<Object, Object> extensions = new LinkedHashMap<>();
    if (result.getExtensions() != null) {
      extensions.putAll(result.getExtensions());
    }
    extensions.put("sqlStatements", statements);
    return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
  }
}
