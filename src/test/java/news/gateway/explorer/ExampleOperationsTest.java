package news.gateway.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import news.gateway.support.HttpGet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The shipped examples run as they are, with no variables, against the demo content. */
@GatewayTest
class ExampleOperationsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Test
  void graphiqlListsTheExamplesHomePageFirst() {
    HttpResponse<String> response = HttpGet.get(port, "/graphiql/examples");

    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext examples = JsonPath.parse(response.body());
    assertThat(examples.<List<String>>read("$[*].name")).containsExactly("home-page", "article-page", "author-page", "search-page");
    assertThat(examples.<String>read("$[0].document")).contains("query HomePage(");
  }

  @Test
  void homePage() {
    DocumentContext page = run("home-page");

    assertThat(page.<List<?>>read("$.data.feed.edges")).hasSize(10);
    assertThat(page.<String>read("$.data.feed.edges[0].node.title")).isEqualTo("What the new budget means for renters");
    assertThat(page.<List<String>>read("$.data.feed.edges[0].node.article.authors[*].name"))
        .containsExactly("Adaeze Okoro", "Maren Holt");
    assertThat(page.<Boolean>read("$.data.feed.pageInfo.hasNextPage")).isTrue();
  }

  @Test
  void articlePage() {
    DocumentContext page = run("article-page");

    assertThat(page.<String>read("$.data.article.headline")).isEqualTo("What the new budget means for renters");
    assertThat(page.<String>read("$.data.article.kicker")).isEqualTo("Analysis");
    assertThat(page.<List<String>>read("$.data.article.relatedArticles[*].headline")).containsExactly(
        "Council approves 1,200 homes on the old rail yards",
        "Mayoral race: three candidates, one housing question",
        "Dunmore wins mayoral race by 612 votes as rival requests recount",
        "Early voting opens with queues at the central library");
    assertThat(page.<String>read("$.data.article.url"))
        .isEqualTo("https://www.harbourledger.example/business/what-the-new-budget-means-for-renters");
    assertThat(page.<List<String>>read("$.data.article.blocks[*].__typename")).startsWith("ParagraphBlock");
  }

  @Test
  void authorPage() {
    DocumentContext page = run("author-page");

    assertThat(page.<String>read("$.data.author.name")).isEqualTo("Maren Holt");
    assertThat(page.<String>read("$.data.author.jobTitle")).isEqualTo("Political editor");
    assertThat(page.<List<?>>read("$.data.author.articles.edges")).hasSize(9);
    assertThat(page.<Boolean>read("$.data.author.articles.pageInfo.hasNextPage")).isFalse();
  }

  @Test
  void searchPage() {
    DocumentContext page = run("search-page");

    assertThat(page.<List<String>>read("$.data.search.edges[*].node.slug")).hasSize(10)
        .startsWith("researchers-map-microplastics-in-the-harbour-mud", "harbour-regatta-crowns-a-15-year-old-champion")
        .doesNotContain("harbour-arts-festival-draws-record-crowds");
    assertThat(page.<String>read("$.data.search.edges[0].highlight")).contains("<mark>harbour</mark>");
    assertThat(page.<Boolean>read("$.data.search.pageInfo.hasNextPage")).isTrue();
  }

  private DocumentContext run(String example) {
    String document = new ExampleOperations().all().stream()
        .filter(operation -> operation.name().equals(example))
        .findFirst().orElseThrow().document();
    HttpResponse<String> response = new GraphQlTestClient(port).post(JSON.writeValueAsString(Map.of("query", document)));
    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext result = JsonPath.parse(response.body());
    assertThat(response.body()).doesNotContain("\"errors\"");
    return result;
  }
}
