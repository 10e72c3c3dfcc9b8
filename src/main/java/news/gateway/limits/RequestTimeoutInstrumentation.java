package news.gateway.limits;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Starts the request's deadline when execution begins and ends it with the result (also when a limit
 * refused the request); {@link StatementTimeoutListener} enforces it on SQL.
 */
@Component
public class RequestTimeoutInstrumentation extends SimplePerformantInstrumentation {

  private final GatewayLimits limits;

  public RequestTimeoutInstrumentation(GatewayLimits limits) {
    this.limits = limits;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    RequestDeadline.start(limits.requestTimeout());
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    RequestDeadline.clear();
    return CompletableFuture.completedFuture(result);
  }
}
