package news.gateway.http;

import graphql.GraphQLError;
import graphql.execution.ExecutionId;
import java.util.List;
import news.gateway.error.GatewayErrors;
import news.gateway.observability.RequestIdFilter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Makes the HTTP request id the GraphQL execution id (so server log lines name it) and adds it to every
 * error as `extensions.requestId`. First of the interceptors, so the errors of those that refuse a request
 * (persisted queries) get it too.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Object requestId = request.getAttributes().get(RequestIdFilter.ATTRIBUTE);
    if (requestId == null) {
      return chain.next(request);
    }
    request.executionId(ExecutionId.from(requestId.toString()));
    return chain.next(request).map(response -> response.getExecutionResult().getErrors().isEmpty()
        ? response
        : response.transform(builder -> builder.errors(withRequestId(response, requestId.toString()))));
  }

  private static List<GraphQLError> withRequestId(WebGraphQlResponse response, String requestId) {
    return response.getExecutionResult().getErrors().stream()
        .map(error -> GatewayErrors.withExtension(error, "requestId", requestId))
        .toList();
  }
}
