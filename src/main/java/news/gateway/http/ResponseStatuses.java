package news.gateway.http;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import news.gateway.error.ErrorCode;
import news.gateway.error.GatewayErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The HTTP status of a GraphQL response, the same for POST and GET. GraphQL over HTTP: 400 for a request error
 * (no data) with `application/graphql-response+json`, 200 otherwise; and, for a response without data, 503 when
 * the database could not be reached and 504 when the request timed out, so load balancers and monitors see the
 * outage. A response with data stays 200, and so does an unknown persisted query, the retry signal of APQ.
 */
public final class ResponseStatuses {

  private ResponseStatuses() {}

  public static HttpStatus of(ExecutionResult result, MediaType responseMediaType) {
    if (result.getData() == null) {
      if (hasError(result, ErrorCode.SERVICE_UNAVAILABLE)) {
        return HttpStatus.SERVICE_UNAVAILABLE;
      }
      if (hasError(result, ErrorCode.TIMEOUT)) {
        return HttpStatus.GATEWAY_TIMEOUT;
      }
    }
    return !result.isDataPresent() && MediaType.APPLICATION_GRAPHQL_RESPONSE.equals(responseMediaType)
        && !isPersistedQueryNotFound(result) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
  }

  /** Apollo clients send the document again on this error only when it comes with a 200. */
  private static boolean isPersistedQueryNotFound(ExecutionResult result) {
    return !result.getErrors().isEmpty() && result.getErrors().stream()
        .allMatch(error -> ErrorCode.PERSISTED_QUERY_NOT_FOUND.name().equals(GatewayErrors.codeOf(error)));
  }

  private static boolean hasError(ExecutionResult result, ErrorCode code) {
    for (GraphQLError error : result.getErrors()) {
      if (code.name().equals(GatewayErrors.codeOf(error))) {
        return true;
      }
    }
    return false;
  }
}
