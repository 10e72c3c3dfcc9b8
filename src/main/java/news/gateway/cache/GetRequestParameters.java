package news.gateway.cache;

import java.util.Map;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL request carried by a GET URL (GraphQL over HTTP): {@code query}, {@code operationName}, and
 * {@code variables} and {@code extensions} as JSON objects. The query may be absent when the extensions
 * name a persisted query.
 */
record GetRequestParameters(String query, String operationName, Map<String, Object> variables,
    Map<String, Object> extensions) {

  static final class InvalidParameter extends RuntimeException {
    InvalidParameter(String message) {
      super(message);
    }
  }

  static GetRequestParameters from(MultiValueMap<String, String> parameters, JsonMapper json) {
    String query = single(parameters, "query");
    Map<String, Object> extensions = jsonObject(parameters, "extensions", json);
    if (extensions.containsKey("persistedQuery") && !(extensions.get("persistedQuery") instanceof Map)) {
      throw new InvalidParameter("`extensions.persistedQuery` must be an object");
    }
    if ((query == null || query.isBlank()) && PersistedQueries.Reference.in(extensions).isEmpty()) {
      throw new InvalidParameter("A GET request needs a `query` parameter or a persisted query in `extensions`");
    }
    return new GetRequestParameters(query, single(parameters, "operationName"),
        jsonObject(parameters, "variables", json), extensions);
  }

  private static String single(MultiValueMap<String, String> parameters, String name) {
    var values = parameters.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new InvalidParameter("The `" + name + "` parameter is given more than once");
    }
    return values.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonObject(MultiValueMap<String, String> parameters, String name,
      JsonMapper json) {
    String text = single(parameters, name);
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      if (json.readValue(text, Object.class) instanceof Map<?, ?> object) {
        return (Map<String, Object>) object;
      }
    } catch (JacksonException e) {
      // reported below, as for any value that is not a JSON object
    }
    throw new InvalidParameter("The `" + name + "` parameter must be a JSON object");
  }
}
