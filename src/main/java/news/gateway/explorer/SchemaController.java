package news.gateway.explorer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The served schema as SDL, for client code generators and the schema contract test. */
@RestController
@ConditionalOnBooleanProperty("gateway.developer-tools.enabled")
class SchemaController {

  private final String sdl;

  SchemaController(GraphQlSource graphQlSource) {
    this.sdl = SchemaSdl.print(graphQlSource.schema());
  }

  @GetMapping(path = "/schema.graphql", produces = "text/plain;charset=UTF-8")
  String schema() {
    return sdl;
  }
}
