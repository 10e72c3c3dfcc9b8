package news.gateway.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.gateway.error.ErrorCode;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL-over-HTTP checks of a POST that need no GraphQL: `Content-Type: application/json` (UTF-8), an
 * Accept that allows a JSON response, a body no larger than the limit, valid UTF-8, and one JSON object with
 * a string `query` or an object `extensions.persistedQuery` (batches are refused). A refused request gets a
 * GraphQL-shaped error with its code and never reaches the GraphQL engine; an accepted one goes on with its
 * body already read, and with the GraphQL request it holds in the attribute {@link #CHECKED_REQUEST} for
 * {@link CheckedRequestConverter}. The body is read at most one byte past the limit, so a huge body costs no
 * memory.
 */
class GraphQlPostFilter extends OncePerRequestFilter {

  static final String CHECKED_REQUEST = GraphQlPostFilter.class.getName() + ".checkedRequest";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  private final long maxBytes;

  GraphQlPostFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isUtf8Json(request.getContentType())) {
      ErrorResponses.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.BAD_USER_INPUT,
          "Content-Type must be application/json (UTF-8)");
      return;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (ResponseMediaTypes.chosenFor(accept == null ? List.of() : List.of(accept)).isEmpty()) {
      ErrorResponses.write(request, response, HttpStatus.NOT_ACCEPTABLE, ErrorCode.BAD_USER_INPUT,
          ResponseMediaTypes.NONE_ACCEPTABLE);
      return;
    }
    byte[] body = request.getContentLengthLong() > maxBytes
        ? null
        : request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
    if (body == null || body.length > maxBytes) {
      response.setHeader("Connection", "close");
      ErrorResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE, ErrorCode.REQUEST_TOO_LARGE,
          "Request body is larger than " + maxBytes + " bytes");
      return;
    }
    try {
      request.setAttribute(CHECKED_REQUEST, graphQlRequest(body));
    } catch (RefusedBody refused) {
      ErrorResponses.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, refused.getMessage());
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static boolean isUtf8Json(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
          && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      // an unparsable media type (InvalidMediaTypeException) or an unknown charset
      return false;
    }
  }

  /** The body as a GraphQL-over-HTTP request, or a {@link RefusedBody} that says what is wrong with it. */
  private static SerializableGraphQlRequest graphQlRequest(byte[] body) throws RefusedBody {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new RefusedBody("Request body is not valid UTF-8");
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new RefusedBody("Request body is not valid JSON");
    }
    if (request == null || request.isMissingNode()) {
      throw new RefusedBody("Request body is empty; send a JSON object with a `query`");
    }
    if (request.isArray()) {
      throw new RefusedBody("Batched requests are not supported; send one operation per request");
    }
    if (!request.isObject()) {
      throw new RefusedBody("Request body must be a JSON object with a `query`");
    }
    JsonNode query = request.get("query");
    JsonNode extensions = request.get("extensions");
    if (!isPresent(query) && !hasPersistedQuery(extensions)) {
      throw new RefusedBody("Request has no `query`");
    }
    if (isPresent(query) && !query.isString()) {
      throw new RefusedBody("`query` must be a string");
    }
    JsonNode variables = request.get("variables");
    if (isPresent(variables) && !variables.isObject()) {
      throw new RefusedBody("`variables` must be an object");
    }
    JsonNode operationName = request.get("operationName");
    if (isPresent(operationName) && !operationName.isString()) {
      throw new RefusedBody("`operationName` must be a string");
    }
    if (isPresent(extensions) && !extensions.isObject()) {
      throw new RefusedBody("`extensions` must be an object");
    }
    if (isPresent(extensions) && extensions.has("persistedQuery") && !extensions.get("persistedQuery").isObject()) {
      throw new RefusedBody("`extensions.persistedQuery` must be an object");
    }
    SerializableGraphQlRequest graphQlRequest = new SerializableGraphQlRequest();
    graphQlRequest.setQuery(isPresent(query) ? query.stringValue() : null);
    graphQlRequest.setOperationName(isPresent(operationName) ? operationName.stringValue() : null);
    graphQlRequest.setVariables(isPresent(variables) ? JSON.treeToValue(variables, JSON_OBJECT) : null);
    graphQlRequest.setExtensions(isPresent(extensions) ? JSON.treeToValue(extensions, JSON_OBJECT) : null);
    return graphQlRequest;
  }

  /** Automatic persisted queries send a hash in `extensions.persistedQuery` instead of the query text. */
  private static boolean hasPersistedQuery(JsonNode extensions) {
    return extensions != null && extensions.isObject() && extensions.has("persistedQuery");
  }

  private static boolean isPresent(JsonNode node) {
    return node != null && !node.isNull();
  }

  /** A body that is not a GraphQL-over-HTTP request; its message says why, for the client. */
  private static final class RefusedBody extends Exception {

    RefusedBody(String message) {
      super(message, null, false, false);
    }
  }
}
