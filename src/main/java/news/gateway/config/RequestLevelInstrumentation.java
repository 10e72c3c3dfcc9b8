package news.gateway.config;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The chain of the gateway's instrumentations when all of them act once per request (limits, timeout, statement
 * count, error codes, DGS's context and error hooks). graphql-java's {@link ChainedInstrumentation} asks every
 * member at every object and field even then, six hooks a field, each collecting the members' empty answers:
 * 10 % of the gateway's CPU on the home feed. This chain answers those hooks with nothing instead. Spring's data
 * fetcher observations do act per field; with them on, {@link #of} gives graphql-java's plain chain.
 */
final class RequestLevelInstrumentation extends ChainedInstrumentation {

  private static final Set<String> PER_FIELD_HOOKS = Set.of("beginExecuteObject", "beginDeferredField",
      "beginSubscribedFieldEvent", "beginFieldExecution", "beginFieldFetch", "beginFieldFetching",
      "beginFieldCompletion", "beginFieldListCompletion", "instrumentDataFetcher");

  private RequestLevelInstrumentation(List<Instrumentation> instrumentations) {
    super(instrumentations);
  }

  static ChainedInstrumentation of(List<Instrumentation> instrumentations) {
    return instrumentations.stream().anyMatch(RequestLevelInstrumentation::actsPerField)
        ? new ChainedInstrumentation(instrumentations)
        : new RequestLevelInstrumentation(instrumentations);
  }

  /** Whether the instrumentation implements a per-field hook itself rather than inheriting graphql-java's no-op. */
  static boolean actsPerField(Instrumentation instrumentation) {
    return Arrays.stream(Instrumentation.class.getMethods())
        .filter(hook -> PER_FIELD_HOOKS.contains(hook.getName()))
        .map(hook -> implementation(instrumentation, hook).getDeclaringClass())
        .anyMatch(owner -> owner != Instrumentation.class && owner != SimplePerformantInstrumentation.class);
  }

  private static Method implementation(Instrumentation instrumentation, Method hook) {
    try {
      return instrumentation.getClass().getMethod(hook.getName(), hook.getParameterTypes());
    } catch (NoSuchMethodException impossible) {
      throw new IllegalStateException("an Instrumentation without its own interface's method", impossible);
    }
  }

  @Override
  public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
      InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
      InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
      InstrumentationFieldParameters parameters, InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
      InstrumentationState state) {
    return null;
  }

  @Override
  @SuppressWarnings("deprecation")
  public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    return null;
  }

  @Override
  public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
      InstrumentationState state) {
    return null;
  }

  @Override
  public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
      InstrumentationState state) {
    return null;
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
      InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    return dataFetcher;
  }
}
