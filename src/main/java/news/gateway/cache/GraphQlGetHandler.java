package news.gateway.cache;

import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.OperationDefinition.Operation;
import java.util.Optional;
import news.gateway.cache.GetRequestParameters.InvalidParameter;
import news.gateway.error.ErrorCode;
import news.gateway.error.GatewayErrors;
import news.gateway.http.ResponseMediaTypes;
import news.gateway.http.ResponseStatuses;
import news.gateway.observability.RequestIdFilter;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queries over GET, for CDNs and browser caches: the same execution as POST (every interceptor, persisted
 * queries included), answered with a strong `ETag` and `Cache-Control` from {@link HttpCacheProperties},
 * or `304 Not Modified` when `If-None-Match` names the current tag. Responses with errors are `no-store`.
 * Mutations and subscriptions are refused with `405` and `Allow: POST`: a GET must never change anything.
 * An `Accept` that allows no JSON response, or does not parse, is refused with `406`, as for POST.
 */
@Component
class GraphQlGetHandler implements HandlerFunction<ServerResponse> {

  private final WebGraphQlHandler graphQl;
  private final PersistedQueries persistedQueries;
  private final OperationKinds operationKinds;
  private final HttpCacheProperties httpCache;
  private final JsonMapper json;
  private final IdGenerator ids = new AlternativeJdkIdGenerator();

  GraphQlGetHandler(WebGraphQlHandler graphQl, PersistedQueries persistedQueries, OperationKinds operationKinds,
      HttpCacheProperties httpCache, JsonMapper json) {
    this.graphQl = graphQl;
    this.persistedQueries = persistedQueries;
    this.operationKinds = operationKinds;
    this.httpCache = httpCache;
    this.json = json;
  }

  @Override
  public ServerResponse handle(ServerRequest request) {
    Optional<MediaType> mediaType = ResponseMediaTypes.chosenFor(request.headers().header(HttpHeaders.ACCEPT));
    if (mediaType.isEmpty()) {
      return refuse(request, HttpStatus.NOT_ACCEPTABLE, ErrorCode.BAD_USER_INPUT, ResponseMediaTypes.NONE_ACCEPTABLE);
    }
    GetRequestParameters parameters;
    try {
      parameters = GetRequestParameters.from(request.params(), json);
    } catch (InvalidParameter e) {
      return refuse(request, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, e.getMessage());
    }
    Optional<Operation> operation = document(parameters)
        .flatMap(document -> operationKinds.of(document, parameters.operationName()));
    if (operation.isPresent() && operation.get() != Operation.QUERY) {
      return refuse(request, HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.METHOD_NOT_ALLOWED,
          "Only queries can be sent with GET; send a " + operation.get().name().toLowerCase() + " with POST");
    }
    WebGraphQlResponse response = graphQl.handleRequest(webRequest(request, parameters)).block();
    return respond(request, response, mediaType.get());
  }

  /** The document the request runs: its `query`, or the persisted query its hash names, if known. */
  private Optional<String> document(GetRequestParameters parameters) {
    if (!PersistedQueryInterceptor.isHashOnly(parameters.query())) {
      return Optional.of(parameters.query());
    }
    return PersistedQueries.Reference.in(parameters.extensions())
        .filter(PersistedQueries.Reference::isValid)
        .flatMap(reference -> persistedQueries.find(reference.hash()));
  }

  private ServerResponse respond(ServerRequest request, WebGraphQlResponse response, MediaType mediaType) {
    byte[] body = json.writeValueAsBytes(response.toMap());
    if (!response.getErrors().isEmpty()) {
      HttpStatus status = ResponseStatuses.of(response.getExecutionResult(), mediaType);
      return headers(ServerResponse.status(status), response).header(HttpHeaders.CACHE_CONTROL, "no-store")
          .contentType(mediaType).body(body);
    }
    String tag = EntityTags.of(mediaType, body);
    boolean notModified = request.headers().header(HttpHeaders.IF_NONE_MATCH).stream()
        .anyMatch(ifNoneMatch -> EntityTags.matches(ifNoneMatch, tag));
    ServerResponse.BodyBuilder builder = headers(ServerResponse.status(notModified ? HttpStatus.NOT_MODIFIED
        : HttpStatus.OK), response).eTag(tag).header(HttpHeaders.CACHE_CONTROL, httpCache.cacheControl());
    return notModified ? builder.build() : builder.contentType(mediaType).body(body);
  }

  private static ServerResponse.BodyBuilder headers(ServerResponse.BodyBuilder builder, WebGraphQlResponse response) {
    return builder.headers(headers -> headers.addAll(response.getResponseHeaders()))
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
  }

  private ServerResponse refuse(ServerRequest request, HttpStatus status, ErrorCode code, String message) {
    GraphQLError error = GatewayErrors.withExtension(GatewayErrors.error(code, message), "requestId",
        RequestIdFilter.of(request.servletRequest()));
    ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      builder.allow(HttpMethod.POST);
    }
    return builder.body(json.writeValueAsBytes(GraphQlErrorResponses.body(error)));
  }

  private WebGraphQlRequest webRequest(ServerRequest request, GetRequestParameters parameters) {
    String document = PersistedQueryInterceptor.isHashOnly(parameters.query())
        ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : parameters.query();
    return new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
        request.remoteAddress().orElse(null), request.attributes(),
        new DefaultGraphQlRequest(document, parameters.operationName(), parameters.variables(),
            parameters.extensions()),
        ids.generateId().toString(), request.servletRequest().getLocale());
  }

  private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
    MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
    request.cookies().forEach((name, values) ->
        values.forEach(cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
    return cookies;
  }
}
