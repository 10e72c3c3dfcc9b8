package news.gateway.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;

@GatewayTest
class RelatedArticlesTest {

  private final GraphQlTestClient graphql;

  RelatedArticlesTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @Test
  void editorialPicksComeFirstInTheirOrderThenArticlesSharingMostTagsThenNewest() {
    DocumentContext page = graphql.query("related-articles",
        Map.of("slug", "mayoral-race-three-candidates-one-housing-question", "first", 8));

    assertThat(page.<List<String>>read("$.data.article.relatedArticles[*].slug")).containsExactly(
        // the editors' three picks, in their order
        "council-approves-homes-on-the-old-rail-yards", "early-voting-opens-with-queues-at-the-central-library",
        "what-the-new-budget-means-for-renters",
        // shares elections, housing and local-government
        "dunmore-wins-mayoral-race-as-rival-requests-recount",
        // one shared tag each, newest first
        "rotterdams-floating-homes-weather-their-first-big-storm", "flood-defences-tested-as-high-tide-meets-storm-surge",
        "osakas-ageing-suburbs-experiment-with-shared-housing", "bus-fares-frozen-for-another-year-after-budget-deal");
  }

  @Test
  void withoutEditorialPicksArticlesSharingATagComeNewestFirstAndNoMoreThanThereAre() {
    DocumentContext page = graphql.query("related-articles",
        Map.of("slug", "lighthouse-keepers-diaries-become-a-surprise-bestseller", "first", 4));

    // one shared tag each; the centenary programme shares one too but is scheduled for 2099
    assertThat(page.<List<String>>read("$.data.article.relatedArticles[*].slug")).containsExactly(
        "the-novelist-who-writes-only-on-the-night-ferry", "valparaiso-rebuilds-its-funiculars-one-carriage-at-a-time",
        "the-independent-cinema-that-refused-to-close");
  }

  @Test
  void fewerAskedThanEditorialPicksCutsThePicks() {
    DocumentContext page = graphql.query("related-articles",
        Map.of("slug", "mayoral-race-three-candidates-one-housing-question", "first", 2));

    assertThat(page.<List<String>>read("$.data.article.relatedArticles[*].slug")).containsExactly(
        "council-approves-homes-on-the-old-rail-yards", "early-voting-opens-with-queues-at-the-central-library");
  }

  @Test
  void neverTheArticleItselfNorTwiceNorUnpublished() {
    DocumentContext page = graphql.query("related-articles",
        Map.of("slug", "harbour-bridge-to-close-for-six-weeks-of-repairs", "first", 100));

    List<String> related = page.read("$.data.article.relatedArticles[*].slug");
    assertThat(related).first().isEqualTo("bus-fares-frozen-for-another-year-after-budget-deal");
    assertThat(related).doesNotHaveDuplicates()
        .doesNotContain("harbour-bridge-to-close-for-six-weeks-of-repairs",
            "harbour-tunnel-opening-day-everything-you-need-to-know", "the-hidden-cost-of-cheap-parcels")
        .allMatch(ArticleListTest.PUBLISHED_ARTICLES::contains);
  }

  @Test
  void aRelatedStorysBylineLeavesOutItsUnpublishedAuthor() {
    DocumentContext page = graphql.query("related-stories-with-bylines-and-pictures",
        Map.of("slug", "council-approves-homes-on-the-old-rail-yards", "first", 1));

    // the mayoral race is by Maren Holt and Jonah Whitcombe, whose profile is not published
    assertThat(page.<List<String>>read("$.data.article.relatedArticles[*].slug"))
        .containsExactly("mayoral-race-three-candidates-one-housing-question");
    assertThat(page.<List<String>>read("$.data.article.relatedArticles[0].authors[*].slug"))
        .containsExactly("maren-holt");
  }

  @Test
  void relatedStoriesBringTheirBylinesAndPicturesInTheSameStatement() {
    DocumentContext page = graphql.query("related-stories-with-bylines-and-pictures",
        Map.of("slug", "mayoral-race-three-candidates-one-housing-question", "first", 8));

    // the article with its related stories, their bylines and pictures: no statement per relation
    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(1);
    List<Map<String, Object>> stories = page.read("$.data.article.relatedArticles");
    assertThat(stories).hasSize(8);
    // the same articles by ID, their bylines and pictures from the bylines and images DataLoaders' own queries
    List<Map<String, Object>> byId = graphql.query("articles-by-id-with-bylines-and-pictures",
        Map.of("ids", stories.stream().map(story -> story.get("id")).toList())).read("$.data.nodes");
    assertThat(stories).isEqualTo(byId);
    assertThat(stories).allSatisfy(story -> assertThat(story.get("authors")).asList().isNotEmpty());
  }

  @Test
  void relatedStoriesAskedUnderTwoNamesAreEachLoadedForTheirOwnPageSize() {
    String slug = "mayoral-race-three-candidates-one-housing-question";
    DocumentContext page = graphql.query("related-stories-under-two-names", Map.of("slug", slug));

    // the article, then the stories of both fields in one batch
    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(2);
    List<String> three = graphql.query("related-articles", Map.of("slug", slug, "first", 3))
        .read("$.data.article.relatedArticles[*].slug");
    assertThat(three).hasSize(3);
    assertThat(page.<List<String>>read("$.data.article.relatedArticles[*].slug")).isEqualTo(three);
    assertThat(page.<List<String>>read("$.data.article.lead[*].slug")).containsExactly(three.get(0));
  }
}
