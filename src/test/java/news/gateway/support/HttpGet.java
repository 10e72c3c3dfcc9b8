package news.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain GETs against the running gateway, for its non-GraphQL endpoints. */
public final class HttpGet {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private HttpGet() {}

  public static HttpResponse<String> get(int port, String path) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
