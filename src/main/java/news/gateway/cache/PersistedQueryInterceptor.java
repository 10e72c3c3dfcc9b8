package news.gateway.cache;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.Optional;
import news.gateway.cache.PersistedQueries.Reference;
import news.gateway.error.ErrorCode;
import news.gateway.error.GatewayErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Apollo's automatic persisted queries over POST and GET. A request with a document and its hash registers
 * the document once it has run; a request with the hash alone runs the registered document, or gets
 * {@code PERSISTED_QUERY_NOT_FOUND} so that the client sends the document again. Runs right after the
 * request id is set, so every later interceptor sees the real document.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PersistedQueryInterceptor implements WebGraphQlInterceptor {

  private final PersistedQueries queries;

  PersistedQueryInterceptor(PersistedQueries queries) {
    this.queries = queries;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Optional<Reference> reference = Reference.in(request.getExtensions());
    if (reference.isEmpty()) {
      return chain.next(request);
    }
    if (!reference.get().isValid()) {
      return refuse(request, ErrorCode.BAD_USER_INPUT,
          "Unsupported persistedQuery: expected version 1 and a SHA-256 hex sha256Hash");
    }
    String hash = reference.get().hash();
    if (isHashOnly(request.getDocument())) {
      return queries.find(hash)
          .map(document -> chain.next(withDocument(request, document)))
          .orElseGet(() -> refuse(request, ErrorCode.PERSISTED_QUERY_NOT_FOUND,
              "PersistedQueryNotFound"));
    }
    if (!PersistedQueries.isHashOf(hash, request.getDocument())) {
      return refuse(request, ErrorCode.BAD_USER_INPUT,
          "provided sha does not match query");
    }
    // Only a document that ran, so parsed, validated and kept within the limits, takes memory.
    return chain.next(request).doOnNext(response -> {
      if (response.getExecutionResult().isDataPresent()) {
        queries.remember(hash, request.getDocument());
      }
    });
  }

  /** Spring for GraphQL stands the marker in for a document that a persisted-query request left out. */
  static boolean isHashOnly(String document) {
    return document == null || document.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(document);
  }

  private static WebGraphQlRequest withDocument(WebGraphQlRequest request, String document) {
    WebGraphQlRequest withDocument = new WebGraphQlRequest(request.getUri().toUri(), request.getHeaders(),
        request.getCookies(), request.getRemoteAddress(), request.getAttributes(),
        new DefaultGraphQlRequest(document, request.getOperationName(), request.getVariables(),
            request.getExtensions()),
        request.getId(), request.getLocale());
    // the request id, set as the execution id by an earlier interceptor, names the request in log lines
    if (request.getExecutionId() != null) {
      withDocument.executionId(request.getExecutionId());
    }
    return withDocument;
  }

  private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, ErrorCode code,
      String message) {
    return Mono.just(GraphQlErrorResponses.response(request, GatewayErrors.error(code, message)));
  }
}
