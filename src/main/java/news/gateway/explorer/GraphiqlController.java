package news.gateway.explorer;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GraphiQL from the gateway's own assets (vendored at build time under {@code developer-tools/vendor/}),
 * replacing DGS's page, which loads its scripts from a public CDN and stays blank offline.
 */
@RestController
@ConditionalOnBooleanProperty("gateway.developer-tools.enabled")
class GraphiqlController {

  /**
   * Only the gateway's own origin: the page works offline and cannot be made to leak queries or headers.
   * GraphiQL sets inline styles, hence the one exception; its fonts and icons are data: URLs.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private static final Resource PAGE = new ClassPathResource("developer-tools/graphiql.html");

  private final ExampleOperations examples;

  GraphiqlController(ExampleOperations examples) {
    this.examples = examples;
  }

  @GetMapping("/graphiql")
  ResponseEntity<Resource> page() {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .body(PAGE);
  }

  @GetMapping("/graphiql/examples")
  List<ExampleOperation> examples() {
    return examples.all();
  }
}
