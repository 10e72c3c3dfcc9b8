package news.gateway.sql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Adds `extensions.sqlStatements` to every response when `gateway.diagnostics.sql-statements` is on. */
@Component
@ConditionalOnBooleanProperty("gateway.diagnostics.sql-statements")
public class SqlStatementsInstrumentation extends SimplePerformantInstrumentation {

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    SqlStatementCounter.start();
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
    Map<Object, Object> extensions = new LinkedHashMap<>();
    if (result.getExtensions() != null) {
      extensions.putAll(result.getExtensions());
    }
    extensions.put("sqlStatements", SqlStatementCounter.stop());
    return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
  }
}
