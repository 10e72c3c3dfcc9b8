package news.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import graphql.ExecutionResult;
import java.util.Map;
import java.util.Optional;
import news.gateway.cache.OperationKinds.Judged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The optional in-memory response cache ({@code gateway.response-cache.enabled}): a query sent again with
 * the same document, operation and declared variables within the TTL gets the stored result without running.
 * Only anonymous requests (no Authorization, no cookies) and only complete results (no errors) take part.
 * Runs right after the persisted-query resolution, so APQ and GET requests share the entries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@ConditionalOnBooleanProperty("gateway.response-cache.enabled")
class ResponseCacheInterceptor implements WebGraphQlInterceptor {

  private record Key(String document, String operationName, Map<String, Object> variables) {}

  private final Cache<Key, ExecutionResult> results;
  private final OperationKinds operationKinds;

  /** A test may supply its own clock (a {@link Ticker} bean) to step over the TTL. */
  ResponseCacheInterceptor(ResponseCacheProperties properties, OperationKinds operationKinds,
      ObjectProvider<Ticker> ticker) {
    this.operationKinds = operationKinds;
    this.results = Caffeine.newBuilder()
        .expireAfterWrite(properties.ttl())
        .maximumSize(properties.maxEntries())
        .ticker(ticker.getIfAvailable(Ticker::systemTicker))
        .build();
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Optional<Judged> query = isAnonymous(request.getHeaders())
        ? operationKinds.judged(request.getDocument(), request.getOperationName()).filter(Judged::isQuery)
        : Optional.empty();
    if (query.isEmpty()) {
      return chain.next(request);
    }
    // variables the operation does not declare would make entries of the same result, as many as a client likes
    Key key = new Key(request.getDocument(), request.getOperationName(),
        query.get().declared(request.getVariables()));
    ExecutionResult cached = results.getIfPresent(key);
    if (cached != null) {
      return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached)));
    }
    return chain.next(request).doOnNext(response -> {
      if (response.isValid() && response.getErrors().isEmpty()) {
        results.put(key, response.getExecutionResult());
      }
    });
  }

  private static boolean isAnonymous(HttpHeaders headers) {
    return !headers.containsHeader(HttpHeaders.AUTHORIZATION) && !headers.containsHeader(HttpHeaders.COOKIE);
  }
}
