package news.gateway.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.gateway.support.GraphQlTestClient;
import news.gateway.support.HttpGet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The `prod` profile serves the GraphQL API but none of the developer tools. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class DeveloperToolsInProductionTest {

  @LocalServerPort
  int port;

  @ParameterizedTest
  @ValueSource(strings = {"/graphiql", "/graphiql/examples", "/graphiql/assets/vendor/graphiql/graphiql.min.js",
      "/graphiql/assets/graphiql-page.js", "/schema.graphql"})
  void isNotServed(String path) {
    assertThat(HttpGet.get(port, path).statusCode()).isEqualTo(404);
  }

  @Test
  void theApiStillAnswers() {
    assertThat(new GraphQlTestClient(port).query("home-page", Map.of("first", 1))
        .<String>read("$.data.feed.edges[0].node.title")).isEqualTo("What the new budget means for renters");
  }
}
