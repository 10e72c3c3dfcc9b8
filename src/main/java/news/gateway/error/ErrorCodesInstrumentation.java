package news.gateway.error;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError;
import graphql.introspection.IntrospectionDisabledError;
import graphql.language.Document;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every error graphql-java produces by itself (syntax, validation, variable coercion) its stable
 * `extensions.code`. A document the parser gave up on because of its size is {@code REQUEST_TOO_LARGE}, or
 * {@code QUERY_TOO_DEEP} when its nesting was the problem (the parser's rule depth limit). An error nobody
 * coded is a bug: it is logged and reaches the client only as {@code INTERNAL}. Runs first among the
 * instrumentations, before DGS rewrites graphql-java's errors into its own types (keeping the code).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorCodesInstrumentation extends SimplePerformantInstrumentation {

  private static final Logger log = LoggerFactory.getLogger(ErrorCodesInstrumentation.class);

  /** The code of the parser limit this request's document hit, if it hit one. */
  private static final class ParseOutcome implements InstrumentationState {
    volatile ErrorCode cancelledWith;
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new ParseOutcome();
  }

  @Override
  public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
      if (failure instanceof ParseCancelledException || failure instanceof ParseCancelledTooManyCharsException) {
        ((ParseOutcome) state).cancelledWith = ErrorCode.REQUEST_TOO_LARGE;
      } else if (failure instanceof ParseCancelledTooDeepException) {
        ((ParseOutcome) state).cancelledWith = ErrorCode.QUERY_TOO_DEEP;
      }
    });
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    if (result.getErrors().stream().allMatch(error -> GatewayErrors.codeOf(error) != null)) {
      return CompletableFuture.completedFuture(result);
    }
    ErrorCode parseCancelledWith = ((ParseOutcome) state).cancelledWith;
    Object requestId = parameters.getExecutionInput().getExecutionId();
    List<GraphQLError> errors = result.getErrors().stream()
        .map(error -> GatewayErrors.codeOf(error) != null ? error : coded(error, parseCancelledWith, requestId))
        .toList();
    return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
  }

  private static GraphQLError coded(GraphQLError error, ErrorCode parseCancelledWith, Object requestId) {
    if (error instanceof InvalidSyntaxError) {
      ErrorCode code = parseCancelledWith != null ? parseCancelledWith : ErrorCode.GRAPHQL_PARSE_FAILED;
      return GatewayErrors.withCode(error, code, error.getMessage());
    }
    if (error instanceof ValidationError || error instanceof IntrospectionDisabledError
        || error.getErrorType() == ErrorType.OperationNotSupported) {
      return GatewayErrors.withCode(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, error.getMessage());
    }
    if (error instanceof BadFaithIntrospectionError) {
      return GatewayErrors.withCode(error, ErrorCode.QUERY_TOO_COMPLEX, error.getMessage());
    }
    if (error.getErrorType() == ErrorType.ValidationError) {
      // variable values that do not fit their types, an unknown operation name
      return GatewayErrors.withCode(error, ErrorCode.BAD_USER_INPUT, error.getMessage());
    }
    log.error("Request {} returned an error without a code: {}: {}", requestId, error.getClass().getName(),
        error.getMessage());
    return GatewayErrors.withCode(error, ErrorCode.INTERNAL, "Internal error");
  }
}
