package news.gateway.search;

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
class SearchTest {

  /** Every published article mentioning the harbour, best match first (headline matches lead). */
  static final List<String> HARBOUR = List.of("researchers-map-microplastics-in-the-harbour-mud",
      "harbour-arts-festival-draws-record-crowds", "harbour-regatta-crowns-a-15-year-old-champion",
      "harbour-bridge-to-close-for-six-weeks-of-repairs", "sailing-club-opens-its-doors-to-wheelchair-users",
      "valparaiso-rebuilds-its-funiculars-one-carriage-at-a-time",
      "rotterdams-floating-homes-weather-their-first-big-storm", "mayoral-race-three-candidates-one-housing-question",
      "flood-defences-tested-as-high-tide-meets-storm-surge", "review-the-salt-choirs-debut-is-hushed-and-heartfelt",
      "review-a-brave-messy-tempest-at-the-corn-exchange",
      "gullhaven-shipyard-wins-contract-for-a-polar-research-vessel", "the-novelist-who-writes-only-on-the-night-ferry",
      "energy-bills-to-fall-as-wholesale-prices-ease", "womens-cycling-tour-will-finish-on-the-kellsport-seafront",
      "bus-fares-frozen-for-another-year-after-budget-deal", "the-independent-cinema-that-refused-to-close",
      "council-approves-homes-on-the-old-rail-yards", "ferry-operator-orders-three-battery-electric-vessels",
      "seagrass-meadows-return-to-the-outer-bay");

  private final GraphQlTestClient graphql;

  SearchTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @Test
  void resultsAreRankedAndCarryTheMatchingPassageWithTheTermsMarked() {
    DocumentContext page = graphql.query("search-page", Map.of("query", "ferry", "first", 2));

    assertThat(page.<List<String>>read("$.data.search.edges[*].node.slug")).containsExactly(
        "the-novelist-who-writes-only-on-the-night-ferry", "ferry-operator-orders-three-battery-electric-vessels");
    assertThat(page.<String>read("$.data.search.edges[0].highlight")).isEqualTo("latest is set on board. Benedikt "
        + "Arnason wrote his first novel on the overnight <mark>ferry</mark> between Kellsport and the northern isles, "
        + "a crossing he made twice a week for three");
    assertThat(page.<String>read("$.data.search.edges[0].node.url"))
        .isEqualTo("https://www.harbourledger.example/culture/the-novelist-who-writes-only-on-the-night-ferry");
    assertThat(page.<Boolean>read("$.data.search.pageInfo.hasNextPage")).isTrue();
  }

  @Test
  void quotedPhrasesMatchOnlyTheWordsTogether() {
    DocumentContext page = graphql.query("search-page", Map.of("query", "\"swing bridge\"", "first", 100));

    assertThat(page.<List<String>>read("$.data.search.edges[*].node.slug"))
        .containsExactly("harbour-bridge-to-close-for-six-weeks-of-repairs");
    assertThat(page.<String>read("$.data.search.edges[0].highlight"))
        .startsWith("<mark>swing</mark> <mark>bridge</mark> linking Northquay and the Saltmarket");
  }

  @Test
  void aMinusExcludesAWord() {
    DocumentContext page = graphql.query("search-page", Map.of("query", "ferry -electric", "first", 100));

    assertThat(page.<List<String>>read("$.data.search.edges[*].node.slug")).containsExactly(
        "the-novelist-who-writes-only-on-the-night-ferry", "harbour-bridge-to-close-for-six-weeks-of-repairs",
        "gullhaven-shipyard-wins-contract-for-a-polar-research-vessel",
        "whale-song-recordings-reveal-a-new-dialect-off-the-coast");
  }

  @Test
  void theFilterNarrowsResults() {
    DocumentContext page = graphql.query("search-page",
        Map.of("query", "harbour", "first", 100, "filter", Map.of("section", "business")));

    assertThat(page.<List<String>>read("$.data.search.edges[*].node.slug")).containsExactly(
        "gullhaven-shipyard-wins-contract-for-a-polar-research-vessel", "energy-bills-to-fall-as-wholesale-prices-ease",
        "ferry-operator-orders-three-battery-electric-vessels");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 20, 100})
  void walkingRankedResultsSeesEachMatchOnceInRankOrder(int pageSize) {
    List<String> seen = graphql.walk("search-page", Map.of("query", "harbour"), "$.data.search", "slug", pageSize);

    assertThat(seen).containsExactlyElementsOf(HARBOUR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"' or 1=1; drop table article; --", "the", "zzzzqqq"})
  void textThatLooksLikeSqlOrMatchesNothingIsJustAnEmptyResult(String query) {
    DocumentContext page = graphql.query("search-page", Map.of("query", query));

    assertThat(page.<List<?>>read("$.data.search.edges")).isEmpty();
    assertThat(page.<Object>read("$.errors")).isNull();
    assertThat(graphql.query("search-page", Map.of("query", "harbour", "first", 100))
        .<List<?>>read("$.data.search.edges")).hasSize(HARBOUR.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void anEmptyQueryIsBadUserInput(String query) {
    DocumentContext response = graphql.query("search-page", Map.of("query", query));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`query` must not be empty");
  }

  @Test
  void aQueryWithControlCharactersIsBadUserInput() {
    DocumentContext response = graphql.query("search-page", Map.of("query", "harbour\u0000"));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`query` must not contain control characters");
  }

  @Test
  void anOverLongQueryIsBadUserInput() {
    DocumentContext response = graphql.query("search-page", Map.of("query", "harbour ".repeat(26)));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`query` must be at most 200 characters");
  }

  @Test
  void aCursorOfAnotherSearchIsBadUserInput() {
    String cursor = graphql.query("search-page", Map.of("query", "ferry", "first", 1))
        .read("$.data.search.pageInfo.endCursor");

    DocumentContext response = graphql.query("search-page", Map.of("query", "harbour", "after", cursor));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
  }
}
