package news.gateway.author;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@GatewayTest
class AuthorTest {

  /** Maren Holt's published articles, newest first; her unpublished and future-dated ones are not here. */
  static final List<String> MAREN_HOLT_ARTICLES = List.of(
      "what-the-new-budget-means-for-renters", "dunmore-wins-mayoral-race-as-rival-requests-recount",
      "early-voting-opens-with-queues-at-the-central-library", "mayoral-race-three-candidates-one-housing-question",
      "flood-defences-tested-as-high-tide-meets-storm-surge", "bus-fares-frozen-for-another-year-after-budget-deal",
      "free-school-breakfast-pilot-expands-to-every-primary", "council-approves-homes-on-the-old-rail-yards",
      "harbour-bridge-to-close-for-six-weeks-of-repairs");

  private final GraphQlTestClient graphql;

  AuthorTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @Test
  void theAuthorPageShowsTheCardAndTheNewestArticles() {
    DocumentContext page = graphql.query("author-page", Map.of("slug", "maren-holt", "first", 3));
    String author = "$.data.author";

    assertThat(page.<String>read(author + ".id")).isEqualTo("QXV0aG9yOjE"); // Author:1
    assertThat(page.<String>read(author + ".name")).isEqualTo("Maren Holt");
    assertThat(page.<String>read(author + ".jobTitle")).isEqualTo("Political editor");
    assertThat(page.<String>read(author + ".bio")).isEqualTo("Maren Holt has covered Kellsport City Hall for twelve "
        + "years, reporting on everything from bin collections to budget crises. Before joining the Harbour Ledger she "
        + "worked for a news agency in Glasgow. She leads our coverage of the mayoral election.");
    assertThat(page.<String>read(author + ".avatar.url"))
        .isEqualTo("https://media.harbourledger.example/photos/authors/maren-holt.jpg");
    assertThat(page.<String>read(author + ".avatar.altText")).isEqualTo("Portrait of Maren Holt");
    assertThat(page.<List<String>>read(author + ".articles.edges[*].node.slug"))
        .containsExactlyElementsOf(MAREN_HOLT_ARTICLES.subList(0, 3));
    assertThat(page.<List<String>>read(author + ".articles.edges[*].node.publishedAt"))
        .containsExactly("2026-11-20T18:00:00Z", "2026-11-12T07:30:00Z", "2026-11-01T19:10:00Z");
    assertThat(page.<Boolean>read(author + ".articles.pageInfo.hasNextPage")).isTrue();
    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 9, 20})
  void walkingAnAuthorsArticlesSeesEachPublishedArticleOnceInOrder(int pageSize) {
    List<String> seen = new ArrayList<>();
    String after = null;
    boolean hasNextPage = true;
    while (hasNextPage) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("slug", "maren-holt");
      variables.put("first", pageSize);
      variables.put("after", after);
      DocumentContext page = graphql.query("author-page", variables);
      seen.addAll(page.read("$.data.author.articles.edges[*].node.slug"));
      hasNextPage = page.read("$.data.author.articles.pageInfo.hasNextPage");
      after = page.read("$.data.author.articles.pageInfo.endCursor");
    }
    assertThat(seen).containsExactlyElementsOf(MAREN_HOLT_ARTICLES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-author", "jonah-whitcombe"})
  void anUnknownOrUnpublishedAuthorIsNull(String slug) {
    DocumentContext page = graphql.query("author-page", Map.of("slug", slug));

    assertThat(page.<Object>read("$.data.author")).isNull();
    assertThat(page.<Object>read("$.errors")).isNull();
  }

  /** His bylines are hidden on the articles he wrote; filtering by his slug must not find them either. */
  @Test
  void filteringArticlesByAnUnpublishedAuthorFindsNone() {
    DocumentContext page = graphql.query("article-list", Map.of("filter", Map.of("author", "jonah-whitcombe")));

    assertThat(page.<List<Object>>read("$.data.articles.edges")).isEmpty();
    assertThat(page.<Object>read("$.errors")).isNull();
  }
}
