package news.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.gateway.error.ErrorCode;
import news.gateway.observability.RequestIdFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL-shaped error response for requests refused before they reach the GraphQL engine, in the media
 * type the client accepts (picked the way Spring GraphQL picks it for GraphQL responses).
 */
final class ErrorResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<MediaType> SUPPORTED =
      List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON);

  private ErrorResponses() {}

  static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ErrorCode code,
      String message) throws IOException {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code.name());
    extensions.put("requestId", RequestIdFilter.of(request));
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("extensions", extensions);
    response.setStatus(status.value());
    response.setContentType(responseMediaType(request.getHeader(HttpHeaders.ACCEPT)).toString());
    response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(error))));
  }

  private static MediaType responseMediaType(String accept) {
    if (accept == null) {
      return MediaType.APPLICATION_JSON;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream().filter(SUPPORTED::contains).findFirst()
          .orElse(MediaType.APPLICATION_JSON);
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_JSON;
    }
  }
}
