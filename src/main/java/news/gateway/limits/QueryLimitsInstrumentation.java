package news.gateway.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.parser.ParserOptions;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Map;
import news.gateway.error.BadUserInputException;
import news.gateway.error.ErrorCode;
import news.gateway.error.GatewayErrors;
import org.springframework.stereotype.Component;

/**
 * Enforces the query limits of {@link GatewayLimits} before any data fetcher runs, so a refused request
 * costs no SQL. The parser stops at the token limit; depth, aliases, top-level fields and a lower bound of
 * the cost (page sizes given as literals) are checked before validation, on every operation of the document,
 * because validating a fragment fan-out or an alias bomb is itself expensive; the exact cost and every page
 * size, with the variables' values, are checked right before execution.
 */
@Component
public class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

  private final GatewayLimits limits;
  private final ParserOptions parserOptions;

  public QueryLimitsInstrumentation(GatewayLimits limits) {
    this.limits = limits;
    this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
        .transform(options -> options.maxTokens(limits.maxTokens()));
  }

  @Override
  public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    input.getGraphQLContext().put(ParserOptions.class, parserOptions);
    return input;
  }

  /** Checked in this order: depth, aliases, top-level fields, cost; the first limit exceeded is reported. */
  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    Document document = parameters.getDocument();
    QueryShape shape = QueryShape.largest(document, parameters.getSchema(), PageSizes::literal);
    if (shape.depth() > limits.maxDepth()) {
      throw refused(ErrorCode.QUERY_TOO_DEEP,
          "Query depth " + shape.depth() + " exceeds the limit of " + limits.maxDepth());
    }
    int aliases = QueryShape.aliases(document);
    if (aliases > limits.maxAliases()) {
      throw refused(ErrorCode.QUERY_TOO_COMPLEX,
          "Query has " + aliases + " aliases; the limit is " + limits.maxAliases());
    }
    if (shape.rootFields() > limits.maxRootFields()) {
      throw refused(ErrorCode.QUERY_TOO_COMPLEX,
          "Query has " + shape.rootFields() + " top-level fields; the limit is " + limits.maxRootFields());
    }
    checkCost(shape);
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    Map<String, Object> variables = context.getCoercedVariables().toMap();
    checkCost(QueryShape.measure(context.getOperationDefinition(), context.getFragmentsByName(),
        context.getGraphQLSchema(), (field, definition) -> {
          try {
            return PageSizes.checked(field, definition, variables);
          } catch (BadUserInputException e) {
            throw new AbortExecutionException(
                List.of(GatewayErrors.error(ErrorCode.BAD_USER_INPUT, e.getMessage(), field.getSourceLocation())));
          }
        }));
    return SimpleInstrumentationContext.noOp();
  }

  private void checkCost(QueryShape shape) {
    if (shape.cost() > limits.maxCost()) {
      throw refused(ErrorCode.QUERY_TOO_COMPLEX,
          "Query cost " + (shape.cost() == Long.MAX_VALUE ? "overflows" : shape.cost()) + " exceeds the limit of "
              + limits.maxCost()
              + " (each field costs 1; `first`, or the number of `ids`, multiplies what is under it)");
    }
  }

  private static AbortExecutionException refused(ErrorCode code, String message) {
    return new AbortExecutionException(List.of(GatewayErrors.error(code, message)));
  }
}
