package news.gateway.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@GatewayTest
class ArticleTest {

  private final GraphQlTestClient graphql;

  ArticleTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @Test
  void theArticlePageHasEverythingTheArticleShows() {
    DocumentContext page = graphql.query("article-page", Map.of("slug", "mayoral-race-three-candidates-one-housing-question"));
    String article = "$.data.article";

    assertThat(page.<String>read(article + ".id")).isEqualTo("QXJ0aWNsZToyNg"); // Article:26
    assertThat(page.<String>read(article + ".headline")).isEqualTo("Mayoral race: three candidates, one housing question");
    assertThat(page.<String>read(article + ".standfirst")).isEqualTo("With early voting due to open next month, the "
        + "contest to become Kellsport's first directly elected mayor has become a referendum on rents.");
    assertThat(page.<String>read(article + ".kicker")).isEqualTo("Analysis");
    assertThat(page.<String>read(article + ".body")).startsWith("<p>Kellsport will choose its first directly elected "
        + "mayor on 11 November, and if the campaign so far is any guide,");
    assertThat(page.<Integer>read(article + ".wordCount")).isEqualTo(624);
    assertThat(page.<Integer>read(article + ".readingTimeMinutes")).isEqualTo(3);
    assertThat(page.<String>read(article + ".publishedAt")).isEqualTo("2026-10-20T12:00:00Z");
    assertThat(page.<String>read(article + ".updatedAt")).isEqualTo("2026-10-20T12:00:00Z");
    assertThat(page.<String>read(article + ".section.name")).isEqualTo("News");
    assertThat(page.<List<String>>read(article + ".tags[*].slug")).containsExactly("elections", "housing", "local-government");
    assertThat(page.<String>read(article + ".heroImage.url"))
        .isEqualTo("https://media.harbourledger.example/photos/mayoral-campaign-posters.jpg");
    assertThat(page.<Integer>read(article + ".heroImage.width")).isEqualTo(1600);
    assertThat(page.<Integer>read(article + ".heroImage.height")).isEqualTo(900);
    assertThat(page.<String>read(article + ".heroImage.altText")).isEqualTo("Election posters for three candidates on a wooden board");
    assertThat(page.<String>read(article + ".heroImage.caption")).isEqualTo("Campaign posters on a noticeboard in the Ropewalk.");
    assertThat(page.<String>read(article + ".heroImage.credit")).isEqualTo("Harbour Ledger");
    assertThat(page.<String>read(article + ".authors[0].jobTitle")).isEqualTo("Political editor");
    assertThat(page.<String>read(article + ".authors[0].bio")).startsWith("Maren Holt has covered Kellsport City Hall");
    assertThat(page.<String>read(article + ".authors[0].avatar.url"))
        .isEqualTo("https://media.harbourledger.example/photos/authors/maren-holt.jpg");
    assertThat(page.<List<String>>read(article + ".relatedArticles[*].slug")).containsExactly(
        "council-approves-homes-on-the-old-rail-yards", "early-voting-opens-with-queues-at-the-central-library",
        "what-the-new-budget-means-for-renters", "dunmore-wins-mayoral-race-as-rival-requests-recount");
    assertThat(page.<String>read(article + ".url"))
        .isEqualTo("https://www.harbourledger.example/news/mayoral-race-three-candidates-one-housing-question");
    assertThat(page.<List<String>>read(article + ".relatedArticles[0].authors[*].name"))
        .containsExactly("Maren Holt", "Adaeze Okoro");
  }

  @Test
  void anUnpublishedCoAuthorIsLeftOutOfTheByline() {
    DocumentContext page = graphql.query("article-page", Map.of("slug", "mayoral-race-three-candidates-one-housing-question"));

    assertThat(page.<List<String>>read("$.data.article.authors[*].slug")).containsExactly("maren-holt");
  }

  @Test
  void relatedStoriesThatAreUnpublishedOrInTheFutureAreLeftOut() {
    DocumentContext bridge = graphql.query("article-page", Map.of("slug", "harbour-bridge-to-close-for-six-weeks-of-repairs"));
    DocumentContext port = graphql.query("article-page", Map.of("slug", "port-container-volumes-fall-for-a-third-quarter"));

    // the only published pick, then articles sharing its tags; the future-dated pick is left out
    assertThat(bridge.<List<String>>read("$.data.article.relatedArticles[*].slug")).containsExactly(
        "bus-fares-frozen-for-another-year-after-budget-deal", "what-the-new-budget-means-for-renters",
        "dunmore-wins-mayoral-race-as-rival-requests-recount", "early-voting-opens-with-queues-at-the-central-library");
    List<String> portRelated = port.read("$.data.article.relatedArticles[*].slug");
    assertThat(portRelated).hasSize(4).startsWith(
        "ferry-operator-orders-three-battery-electric-vessels", "gullhaven-shipyard-wins-contract-for-a-polar-research-vessel")
        .doesNotContain("the-hidden-cost-of-cheap-parcels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-article", "the-hidden-cost-of-cheap-parcels",
      "harbour-tunnel-opening-day-everything-you-need-to-know", "' or 1=1 --"})
  void anUnknownUnpublishedOrFutureArticleIsNull(String slug) {
    DocumentContext page = graphql.query("article-page", Map.of("slug", slug));

    assertThat(page.<Object>read("$.data.article")).isNull();
    assertThat(page.<Object>read("$.errors")).isNull();
  }

  @Test
  void theReadmesArticlePageRunsTheStatementsItSays() {
    DocumentContext page = graphql.query("article-page-with-pictures-and-teasers-in-its-body",
        Map.of("slug", "mayoral-race-three-candidates-one-housing-question"));

    assertThat(page.<Object>read("$.errors")).isNull();
    assertThat(page.<List<String>>read("$.data.article.blocks[*].__typename"))
        .contains("ImageBlock", "RelatedArticleBlock");
    assertThat(page.<List<Object>>read("$.data.article.relatedArticles")).hasSize(4);
    // the article with its bylines, hero image and body, and its related stories with theirs; the body's
    // pictures with the authors' avatars; the tags; the sections that make the URLs; the teasers' articles
    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(5);
  }

  @Test
  void theArticlePageRunsAFixedNumberOfStatements() {
    DocumentContext page = graphql.query("article-page", Map.of("slug", "what-the-new-budget-means-for-renters"));

    // the article with its bylines, hero image and body, and its related stories with their bylines and
    // pictures; section, tags; the author cards' avatars
    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(4);
  }

  @Test
  void anArticleBringsItsBylinesAndHeroImageInItsOwnStatement() {
    DocumentContext page = graphql.query("article-bylines-and-picture",
        Map.of("slug", "what-the-new-budget-means-for-renters"));

    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(1);
    assertThat(page.<List<String>>read("$.data.article.authors[*].slug")).containsExactly("adaeze-okoro", "maren-holt");
    assertThat(page.<String>read("$.data.article.heroImage.url"))
        .isEqualTo("https://media.harbourledger.example/photos/to-let-signs.jpg");
    assertThat(page.<String>read("$.data.article.heroImage.caption"))
        .isEqualTo("Letting signs on a street near the Saltmarket.");
  }
}
