package news.gateway.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Raw GET and POST exchanges with the running gateway, headers and status included. */
final class HttpExchanges {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String endpoint;

  HttpExchanges(int port) {
    this.endpoint = "http://localhost:" + port + "/graphql";
  }

  /** POSTs the body (serialised as JSON) with the given extra headers, name then value. */
  HttpResponse<String> post(Map<String, ?> body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    return send(withHeaders(request, headers));
  }

  /** GETs /graphql with the parameters (maps become JSON) and the given extra headers, name then value. */
  HttpResponse<String> get(Map<String, ?> parameters, String... headers) {
    String query = parameters.entrySet().stream()
        .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(
            parameter.getValue() instanceof String text ? text : JSON.writeValueAsString(parameter.getValue()),
            StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(withHeaders(HttpRequest.newBuilder(URI.create(endpoint + (query.isEmpty() ? "" : "?" + query))).GET(),
        headers));
  }

  static Map<String, Object> persistedQuery(String hash) {
    return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
  }

  /** A request body: the entries given, name then value, skipping null values. */
  static Map<String, Object> body(Object... entries) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      if (entries[i + 1] != null) {
        body.put((String) entries[i], entries[i + 1]);
      }
    }
    return body;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(HttpResponse<String> response) {
    return JSON.readValue(response.body(), Map.class);
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
