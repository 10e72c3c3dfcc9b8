package news.gateway.error;

import com.netflix.graphql.types.errors.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions thrown by data fetchers into GraphQL errors with a stable code. Client mistakes keep
 * their message; a timeout or an unreachable database gets a fixed message; anything else is logged here
 * and reaches the client only as {@code INTERNAL}, so no stack trace, SQL or table name leaks out. The log
 * line names the request id the client sees in `extensions.requestId`.
 */
@Component
public class GatewayExceptionHandler implements DataFetcherExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters parameters) {
    Throwable exception = unwrap(parameters.getException());
    GraphQLError error;
    ErrorCode databaseFailure = DatabaseFailures.codeOf(exception).orElse(null);
    if (exception instanceof BadUserInputException) {
      error = error(parameters, ErrorCode.BAD_USER_INPUT, ErrorType.BAD_REQUEST, exception.getMessage());
    } else if (databaseFailure == ErrorCode.TIMEOUT) {
      log.warn("Request {} timed out at {}: {}", requestId(parameters), parameters.getPath(), exception.toString());
      error = error(parameters, ErrorCode.TIMEOUT, ErrorType.UNAVAILABLE, "The request took too long and was stopped");
    } else if (databaseFailure == ErrorCode.SERVICE_UNAVAILABLE) {
      log.warn("Request {} found the database unavailable at {}: {}", requestId(parameters), parameters.getPath(),
          exception.toString());
      error = error(parameters, ErrorCode.SERVICE_UNAVAILABLE, ErrorType.UNAVAILABLE,
          "The content store is unavailable; try again shortly");
    } else {
      log.error("Request {} failed at {}", requestId(parameters), parameters.getPath(), exception);
      error = error(parameters, ErrorCode.INTERNAL, ErrorType.INTERNAL, "Internal error");
    }
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult().error(error).build());
  }

  private static Object requestId(DataFetcherExceptionHandlerParameters parameters) {
    return parameters.getDataFetchingEnvironment().getExecutionId();
  }

  private static GraphQLError error(DataFetcherExceptionHandlerParameters parameters, ErrorCode code,
      ErrorType type, String message) {
    return GraphqlErrorBuilder.newError()
        .errorType(type)
        .message(message)
        .path(parameters.getPath())
        .location(parameters.getSourceLocation())
        .extensions(Map.of("code", code.name()))
        .build();
  }

  private static Throwable unwrap(Throwable exception) {
    Throwable current = exception;
    while ((current instanceof java.util.concurrent.CompletionException
        || current instanceof java.lang.reflect.InvocationTargetException) && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
