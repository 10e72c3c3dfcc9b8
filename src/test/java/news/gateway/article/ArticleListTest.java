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
class ArticleListTest {

  /** The 40 published demo articles, newest first. */
  static final List<String> PUBLISHED_ARTICLES = List.of("what-the-new-budget-means-for-renters",
      "sailing-club-opens-its-doors-to-wheelchair-users", "the-november-night-sky-what-to-look-for",
      "dunmore-wins-mayoral-race-as-rival-requests-recount", "review-a-brave-messy-tempest-at-the-corn-exchange",
      "rotterdams-floating-homes-weather-their-first-big-storm",
      "gullhaven-shipyard-wins-contract-for-a-polar-research-vessel", "researchers-map-microplastics-in-the-harbour-mud",
      "early-voting-opens-with-queues-at-the-central-library", "rovers-cup-run-ends-in-extra-time-heartbreak",
      "the-novelist-who-writes-only-on-the-night-ferry", "valparaiso-rebuilds-its-funiculars-one-carriage-at-a-time",
      "energy-bills-to-fall-as-wholesale-prices-ease", "whale-song-recordings-reveal-a-new-dialect-off-the-coast",
      "mayoral-race-three-candidates-one-housing-question", "flood-defences-tested-as-high-tide-meets-storm-surge",
      "womens-cycling-tour-will-finish-on-the-kellsport-seafront", "harbour-arts-festival-draws-record-crowds",
      "osakas-ageing-suburbs-experiment-with-shared-housing",
      "small-firms-cautious-as-ai-assistants-reach-the-high-street",
      "hospitals-trial-an-ai-tool-that-reads-chest-x-rays", "bus-fares-frozen-for-another-year-after-budget-deal",
      "rovers-sign-a-goalkeeper-from-the-reserve-league", "the-independent-cinema-that-refused-to-close",
      "montreals-winter-bike-lanes-get-a-snowplough-of-their-own", "port-container-volumes-fall-for-a-third-quarter",
      "a-satellite-built-in-a-classroom-sends-its-first-picture-home",
      "free-school-breakfast-pilot-expands-to-every-primary", "review-the-salt-choirs-debut-is-hushed-and-heartfelt",
      "nairobis-rooftop-solar-boom-outpaces-the-grid", "harbour-regatta-crowns-a-15-year-old-champion",
      "family-bakery-chain-hands-a-quarter-of-its-profits-to-staff", "why-the-autumn-storms-are-arriving-earlier",
      "council-approves-homes-on-the-old-rail-yards", "lighthouse-keepers-diaries-become-a-surprise-bestseller",
      "lisbon-tests-a-four-day-week-for-its-city-workforce", "rovers-hold-the-leaders-to-a-goalless-draw",
      "ferry-operator-orders-three-battery-electric-vessels", "seagrass-meadows-return-to-the-outer-bay",
      "harbour-bridge-to-close-for-six-weeks-of-repairs");

  static final List<String> BUSINESS_SECTION = List.of("what-the-new-budget-means-for-renters",
      "gullhaven-shipyard-wins-contract-for-a-polar-research-vessel", "energy-bills-to-fall-as-wholesale-prices-ease",
      "small-firms-cautious-as-ai-assistants-reach-the-high-street", "port-container-volumes-fall-for-a-third-quarter",
      "family-bakery-chain-hands-a-quarter-of-its-profits-to-staff",
      "ferry-operator-orders-three-battery-electric-vessels");

  static final List<String> HOUSING_TAG = List.of("what-the-new-budget-means-for-renters",
      "dunmore-wins-mayoral-race-as-rival-requests-recount", "rotterdams-floating-homes-weather-their-first-big-storm",
      "mayoral-race-three-candidates-one-housing-question", "osakas-ageing-suburbs-experiment-with-shared-housing",
      "council-approves-homes-on-the-old-rail-yards");

  private final GraphQlTestClient graphql;

  ArticleListTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 20, 40, 100})
  void walkingAllArticlesSeesEveryPublishedArticleOnceNewestFirst(int pageSize) {
    List<String> seen = graphql.walk("article-list", Map.of(), "$.data.articles", "slug", pageSize);

    assertThat(seen).containsExactlyElementsOf(PUBLISHED_ARTICLES);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7})
  void walkingOneSectionSeesItsPublishedArticlesOnce(int pageSize) {
    List<String> seen = graphql.walk("article-list", Map.of("filter", Map.of("section", "business")),
        "$.data.articles", "slug", pageSize);

    assertThat(seen).containsExactlyElementsOf(BUSINESS_SECTION);
  }

  @Test
  void articlesFilteredByTag() {
    DocumentContext page = graphql.query("article-list", Map.of("first", 100, "filter", Map.of("tag", "housing")));

    assertThat(page.<List<String>>read("$.data.articles.edges[*].node.slug")).containsExactlyElementsOf(HOUSING_TAG);
  }

  @Test
  void articlesFilteredBySectionTagAndAuthorTogether() {
    DocumentContext page = graphql.query("article-list", Map.of("first", 100,
        "filter", Map.of("section", "news", "tag", "housing", "author", "maren-holt")));

    assertThat(page.<List<String>>read("$.data.articles.edges[*].node.slug")).containsExactly(
        "dunmore-wins-mayoral-race-as-rival-requests-recount", "mayoral-race-three-candidates-one-housing-question",
        "council-approves-homes-on-the-old-rail-yards");
  }

  @Test
  void articlesFilteredByPublicationDateRangeIncludeTheStartAndExcludeTheEnd() {
    DocumentContext page = graphql.query("article-list", Map.of("first", 100,
        "filter", Map.of("publishedAfter", "2026-11-01T19:10:00Z", "publishedBefore", "2026-11-14T12:40:00Z")));

    assertThat(page.<List<String>>read("$.data.articles.edges[*].node.slug")).containsExactly(
        "dunmore-wins-mayoral-race-as-rival-requests-recount", "review-a-brave-messy-tempest-at-the-corn-exchange",
        "rotterdams-floating-homes-weather-their-first-big-storm",
        "gullhaven-shipyard-wins-contract-for-a-polar-research-vessel", "researchers-map-microplastics-in-the-harbour-mud",
        "early-voting-opens-with-queues-at-the-central-library");
  }

  @Test
  void anUnknownSectionMatchesNothing() {
    DocumentContext page = graphql.query("article-list", Map.of("filter", Map.of("section", "no-such-section")));

    assertThat(page.<List<String>>read("$.data.articles.edges")).isEmpty();
    assertThat(page.<Boolean>read("$.data.articles.pageInfo.hasNextPage")).isFalse();
    assertThat(page.<String>read("$.data.articles.pageInfo.endCursor")).isNull();
  }

  @Test
  void theSectionPageShowsTheSectionAndItsArticleCards() {
    DocumentContext page = graphql.query("section-page", Map.of("slug", "business", "first", 2));

    assertThat(page.<String>read("$.data.section.name")).isEqualTo("Business");
    assertThat(page.<List<String>>read("$.data.section.articles.edges[*].node.slug"))
        .containsExactlyElementsOf(BUSINESS_SECTION.subList(0, 2));
    assertThat(page.<String>read("$.data.section.articles.edges[0].node.url"))
        .isEqualTo("https://www.harbourledger.example/business/what-the-new-budget-means-for-renters");
    assertThat(page.<List<String>>read("$.data.section.articles.edges[0].node.authors[*].name"))
        .containsExactly("Adaeze Okoro", "Maren Holt");
    assertThat(page.<Boolean>read("$.data.section.articles.pageInfo.hasNextPage")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 6})
  void walkingATagPageSeesItsArticlesOnce(int pageSize) {
    List<String> seen = graphql.walk("tag-page", Map.of("slug", "housing"), "$.data.tag.articles", "slug", pageSize);

    assertThat(seen).containsExactlyElementsOf(HOUSING_TAG);
  }

  @Test
  void aCursorOfATagPageIsBadUserInputOnASectionPage() {
    String housing = graphql.query("tag-page", Map.of("slug", "housing", "first", 2))
        .read("$.data.tag.articles.pageInfo.endCursor");

    DocumentContext response = graphql.query("section-page", Map.of("slug", "business", "after", housing));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`after` is not a cursor of this list");
  }

  @Test
  void aCursorOfATagPageContinuesTheArticlesFilteredByThatTag() {
    String housing = graphql.query("tag-page", Map.of("slug", "housing", "first", 2))
        .read("$.data.tag.articles.pageInfo.endCursor");

    DocumentContext page = graphql.query("article-list",
        Map.of("first", 100, "after", housing, "filter", Map.of("tag", "housing")));

    assertThat(page.<List<String>>read("$.data.articles.edges[*].node.slug"))
        .containsExactlyElementsOf(HOUSING_TAG.subList(2, HOUSING_TAG.size()));
  }

  @Test
  void anUnknownSectionOrTagIsNull() {
    assertThat(graphql.query("section-page", Map.of("slug", "no-such-section")).<Object>read("$.data.section")).isNull();
    assertThat(graphql.query("tag-page", Map.of("slug", "no-such-tag")).<Object>read("$.data.tag")).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7})
  void walkingTheAuthorsSeesEveryPublishedAuthorAlphabetically(int pageSize) {
    List<String> seen = graphql.walk("authors-list", Map.of(), "$.data.authors", "name", pageSize);

    assertThat(seen).containsExactly("Adaeze Okoro", "Callum Rourke", "Maren Holt", "Priya Nandakumar",
        "Rafael Quintero", "Signe Lindqvist", "Tobias Fenwick");
  }
}
