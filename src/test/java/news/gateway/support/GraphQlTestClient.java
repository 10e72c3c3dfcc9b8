package news.gateway.support;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.ParseContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends GraphQL documents from {@code src/test/resources/graphql/} to the running gateway over real HTTP
 * and returns the parsed response for JsonPath assertions.
 */
public final class GraphQlTestClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** A missing leaf (e.g. no `errors`) reads as null instead of throwing. */
  private static final ParseContext JSON_PATH =
      JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.DEFAULT_PATH_LEAF_TO_NULL));

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;

  public GraphQlTestClient(int port) {
    this.endpoint = URI.create("http://localhost:" + port + "/graphql");
  }

  /** Runs {@code graphql/<document>.graphql} with the given variables; expects HTTP 200. */
  public DocumentContext query(String document, Map<String, ?> variables) {
    HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("query", load(document), "variables", variables)));
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return JSON_PATH.parse(response.body());
  }

  public DocumentContext query(String document) {
    return query(document, Map.of());
  }

  /**
   * Walks a connection from its first page to its last, {@code pageSize} at a time, and returns the value at
   * {@code nodeField} of every node seen, in order. Fails if a page is larger than asked.
   */
  public <T> List<T> walk(String document, Map<String, ?> variables, String connectionPath, String nodeField,
      int pageSize) {
    List<T> seen = new ArrayList<>();
    String after = null;
    boolean hasNextPage = true;
    while (hasNextPage) {
      Map<String, Object> pageVariables = new HashMap<>(variables);
      pageVariables.put("first", pageSize);
      pageVariables.put("after", after);
      DocumentContext page = query(document, pageVariables);
      List<T> values = page.read(connectionPath + ".edges[*].node." + nodeField);
      if (values.size() > pageSize) {
        throw new AssertionError("Page of " + values.size() + " for first: " + pageSize);
      }
      seen.addAll(values);
      hasNextPage = page.read(connectionPath + ".pageInfo.hasNextPage");
      after = page.read(connectionPath + ".pageInfo.endCursor");
    }
    return seen;
  }

  public HttpResponse<String> post(String body) {
    try {
      return http.send(HttpRequest.newBuilder(endpoint)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String load(String document) {
    try (InputStream in = GraphQlTestClient.class.getResourceAsStream("/graphql/" + document + ".graphql")) {
      if (in == null) {
        throw new IllegalArgumentException("No test document graphql/" + document + ".graphql");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
