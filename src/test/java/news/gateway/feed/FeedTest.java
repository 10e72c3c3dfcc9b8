package news.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@GatewayTest
class FeedTest {

  /** Every published item of the demo feed, newest first (ties on published_at broken by id, higher first). */
  static final List<String> PUBLISHED_FEED = List.of(
      "ArticleFeedItem:40", "NoteFeedItem:70", "VideoFeedItem:56", "ArticleFeedItem:39", "ArticleFeedItem:38",
      "NoteFeedItem:69", "VideoFeedItem:55", "ArticleFeedItem:37", "NoteFeedItem:68", "NoteFeedItem:67",
      "ArticleFeedItem:36", "ArticleFeedItem:35", "ArticleFeedItem:34", "ArticleFeedItem:33", "NoteFeedItem:66",
      "ArticleFeedItem:32", "ArticleFeedItem:31", "VideoFeedItem:54", "NoteFeedItem:65", "ArticleFeedItem:30",
      "ArticleFeedItem:29", "NoteFeedItem:64", "ArticleFeedItem:28", "ArticleFeedItem:27", "ArticleFeedItem:26",
      "NoteFeedItem:63", "VideoFeedItem:53", "ArticleFeedItem:25", "NoteFeedItem:62", "ArticleFeedItem:24",
      "ArticleFeedItem:23", "VideoFeedItem:52", "ArticleFeedItem:22", "ArticleFeedItem:21", "NoteFeedItem:60",
      "NoteFeedItem:61", "ArticleFeedItem:20", "ArticleFeedItem:19", "VideoFeedItem:51", "ArticleFeedItem:18",
      "VideoFeedItem:48", "ArticleFeedItem:17", "ArticleFeedItem:16", "ArticleFeedItem:15", "VideoFeedItem:50",
      "ArticleFeedItem:14", "ArticleFeedItem:13", "ArticleFeedItem:12", "VideoFeedItem:49", "ArticleFeedItem:11",
      "VideoFeedItem:47", "NoteFeedItem:59", "ArticleFeedItem:10", "ArticleFeedItem:9", "ArticleFeedItem:8",
      "ArticleFeedItem:7", "NoteFeedItem:58", "ArticleFeedItem:6", "ArticleFeedItem:5", "VideoFeedItem:46",
      "ArticleFeedItem:4", "ArticleFeedItem:3", "VideoFeedItem:45", "ArticleFeedItem:2", "NoteFeedItem:57",
      "ArticleFeedItem:1");

  private final GraphQlTestClient graphql;

  FeedTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @Test
  void homePageShowsTheNewestItemsWithTheirCards() {
    DocumentContext page = graphql.query("home-page", Map.of("first", 3));

    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.__typename"))
        .containsExactly("ArticleFeedItem", "NoteFeedItem", "VideoFeedItem");
    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.title")).containsExactly(
        "What the new budget means for renters", "Budget questions for renters", "How a polar research ship is built");
    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.publishedAt"))
        .containsExactly("2026-11-20T18:00:00Z", "2026-11-20T17:30:00Z", "2026-11-18T12:00:00Z");

    String article = "$.data.feed.edges[0].node.article";
    assertThat(page.<String>read(article + ".headline")).isEqualTo("What the new budget means for renters");
    assertThat(page.<String>read(article + ".kicker")).isEqualTo("Analysis");
    assertThat(page.<Integer>read(article + ".readingTimeMinutes")).isEqualTo(3);
    assertThat(page.<List<String>>read(article + ".authors[*].name")).containsExactly("Adaeze Okoro", "Maren Holt");
    assertThat(page.<String>read(article + ".heroImage.url"))
        .isEqualTo("https://media.harbourledger.example/photos/to-let-signs.jpg");
    assertThat(page.<String>read(article + ".heroImage.caption")).isEqualTo("Letting signs on a street near the Saltmarket.");
    assertThat(page.<String>read(article + ".heroImage.credit")).isEqualTo("Harbour Ledger");
    assertThat(page.<List<String>>read(article + ".relatedArticles[*].headline")).containsExactly(
        "Council approves 1,200 homes on the old rail yards",
        "Mayoral race: three candidates, one housing question",
        "Dunmore wins mayoral race by 612 votes as rival requests recount",
        "Early voting opens with queues at the central library");

    String note = "$.data.feed.edges[1].node";
    assertThat(page.<String>read(note + ".body")).startsWith("Our housing team will answer readers' questions");
    assertThat(page.<Object>read(note + ".linkedArticle")).isNull();

    String video = "$.data.feed.edges[2].node";
    assertThat(page.<String>read(video + ".videoUrl"))
        .isEqualTo("https://video.harbourledger.example/v/polar-ship-build.m3u8");
    assertThat(page.<Integer>read(video + ".durationSeconds")).isEqualTo(385);
    assertThat(page.<Integer>read(video + ".thumbnail.width")).isEqualTo(1280);
    assertThat(page.<List<String>>read(video + ".presenters[*].name")).containsExactly("Adaeze Okoro", "Tobias Fenwick");
    assertThat(page.<String>read(video + ".section.slug")).isEqualTo("business");

    assertThat(page.<Boolean>read("$.data.feed.pageInfo.hasNextPage")).isTrue();
    assertThat(page.<String>read("$.data.feed.pageInfo.endCursor"))
        .isEqualTo(page.read("$.data.feed.edges[2].cursor"));
  }

  @Test
  void theDefaultPageHasTwentyItems() {
    DocumentContext page = graphql.query("home-page", Map.of());

    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.id"))
        .containsExactlyElementsOf(globalIds(PUBLISHED_FEED.subList(0, 20)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 20, 65, 66, 100})
  void walkingTheFeedPageByPageSeesEveryPublishedItemOnceInOrder(int pageSize) {
    List<String> seen = graphql.walk("feed-positions", Map.of(), "$.data.feed", "id", pageSize);

    assertThat(seen).containsExactlyElementsOf(globalIds(PUBLISHED_FEED));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 100})
  void walkingTheFeedFilteredByKindSeesEveryPublishedItemOfThatKindInOrder(int pageSize) {
    Map<String, Object> videosOnly = Map.of("filter", Map.of("kinds", List.of("VIDEO")));

    List<String> seen = graphql.walk("feed-filtered", videosOnly, "$.data.feed", "id", pageSize);

    assertThat(seen).containsExactlyElementsOf(globalIds(
        PUBLISHED_FEED.stream().filter(id -> id.startsWith("VideoFeedItem")).toList()));
  }

  @Test
  void theFeedFilteredBySectionAndKindsHoldsOnlyThose() {
    DocumentContext page = graphql.query("feed-filtered",
        Map.of("first", 100, "filter", Map.of("section", "science", "kinds", List.of("VIDEO", "NOTE"))));

    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.section.slug")).isNotEmpty().containsOnly("science");
    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.kind")).isSubsetOf("VIDEO", "NOTE");
    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.id"))
        .containsExactlyElementsOf(globalIds(SCIENCE_VIDEOS_AND_NOTES));
  }

  @Test
  void unpublishedAndFutureItemsNeverAppear() {
    DocumentContext page = graphql.query("feed-positions", Map.of("first", 100));

    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.id")).doesNotContainAnyElementsOf(globalIds(List.of(
        "ArticleFeedItem:41", "ArticleFeedItem:42", "ArticleFeedItem:43", "ArticleFeedItem:44",
        "VideoFeedItem:71", "NoteFeedItem:72", "VideoFeedItem:73")));
    assertThat(page.<Boolean>read("$.data.feed.pageInfo.hasNextPage")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 101, 0, -1})
  void aPageSizeOutsideOneToHundredIsBadUserInput(int first) {
    DocumentContext response = graphql.query("feed-positions", Map.of("first", first));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`first` must be between 1 and 100, was " + first);
    assertThat(response.<Object>read("$.data")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-cursor", "djEuZmVlZC5lQS5lUS5lZw", "djEuZmVlZA"})
  void aMalformedCursorIsBadUserInput(String cursor) {
    DocumentContext response = graphql.query("feed-positions", Map.of("first", 5, "after", cursor));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`after` is not a cursor of this list");
  }

  @Test
  void aCursorOfAnotherListIsBadUserInput() {
    // a cursor of the article list holds a position as the feed's do: only its list tells them apart
    String cursor = graphql.query("article-list", Map.of("first", 1)).read("$.data.articles.pageInfo.endCursor");

    DocumentContext response = graphql.query("feed-positions", Map.of("first", 5, "after", cursor));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`after` is not a cursor of this list");
  }

  @Test
  void aCursorOfTheFeedFilteredByKindIsBadUserInputOnTheWholeFeed() {
    String videos = graphql.query("feed-filtered", Map.of("first", 1, "filter", Map.of("kinds", List.of("VIDEO"))))
        .read("$.data.feed.pageInfo.endCursor");

    DocumentContext response = graphql.query("feed-positions", Map.of("first", 5, "after", videos));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`after` is not a cursor of this list");
  }

  @Test
  void aCursorOfTheFeedFilteredByKindsContinuesItWithTheKindsInAnotherOrder() {
    String cursor = graphql.query("feed-filtered",
        Map.of("first", 1, "filter", Map.of("section", "science", "kinds", List.of("VIDEO", "NOTE"))))
        .read("$.data.feed.pageInfo.endCursor");

    DocumentContext page = graphql.query("feed-filtered", Map.of("first", 100, "after", cursor,
        "filter", Map.of("section", "science", "kinds", List.of("NOTE", "VIDEO", "NOTE"))));

    assertThat(page.<List<String>>read("$.data.feed.edges[*].node.id"))
        .containsExactlyElementsOf(globalIds(SCIENCE_VIDEOS_AND_NOTES.subList(1, 2)));
  }

  @Test
  void theFeedsOwnStatementBringsTheBylinesAndPicturesTheirOwnLoadersWouldGive() {
    DocumentContext page = graphql.query("feed-with-bylines-and-pictures", Map.of("first", 100));

    // one statement: bylines, hero images and thumbnails are joined to the page, not loaded per relation
    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(1);
    List<Map<String, Object>> nodes = page.read("$.data.feed.edges[*].node");
    List<Map<String, Object>> articles = present(nodes, "article");
    List<Map<String, Object>> linked = present(nodes, "linkedArticle");
    List<Map<String, Object>> videos = nodes.stream().filter(node -> node.containsKey("id")).toList();
    assertThat(articles).hasSize(40);
    assertThat(linked).isNotEmpty();
    assertThat(videos).hasSize(12);
    assertThat(articles).anySatisfy(article -> assertThat(article.get("authors")).asList().hasSizeGreaterThan(1));

    // the same articles and videos by ID: bylines and pictures from the bylines and images DataLoaders' queries
    List<Map<String, Object>> cards = new ArrayList<>(articles);
    cards.addAll(linked);
    assertThat(cards).isEqualTo(graphql.query("articles-by-id-with-bylines-and-pictures",
        Map.of("ids", cards.stream().map(card -> card.get("id")).toList())).read("$.data.nodes"));
    assertThat(videos).isEqualTo(graphql.query("videos-by-id-with-thumbnails",
        Map.of("ids", videos.stream().map(video -> video.get("id")).toList())).read("$.data.nodes"));
  }

  @Test
  void theEssentialHomePageRunsTheSameTwoStatementsForTenAndFiftyItems() {
    DocumentContext ten = graphql.query("home-page-essentials", Map.of("first", 10));
    DocumentContext fifty = graphql.query("home-page-essentials", Map.of("first", 50));

    assertThat(ten.<List<?>>read("$.data.feed.edges")).hasSize(10);
    assertThat(fifty.<List<?>>read("$.data.feed.edges")).hasSize(50);
    // the feed with article cards, their bylines and hero images; related stories
    assertThat(ten.<Integer>read("$.extensions.sqlStatements")).isEqualTo(2);
    assertThat(fifty.<Integer>read("$.extensions.sqlStatements")).isEqualTo(2);
  }

  @Test
  void theFullHomePageRunsTheSameFourStatementsForTenAndFiftyItems() {
    DocumentContext ten = graphql.query("home-page", Map.of("first", 10));
    DocumentContext fifty = graphql.query("home-page", Map.of("first", 50));

    // the feed with article cards, the articles notes link to, their bylines and hero images and the videos'
    // thumbnails; then one statement per relation: sections, related stories, presenters
    assertThat(ten.<Integer>read("$.extensions.sqlStatements")).isEqualTo(4);
    assertThat(fifty.<Integer>read("$.extensions.sqlStatements")).isEqualTo(4);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> present(List<Map<String, Object>> nodes, String field) {
    return nodes.stream().map(node -> (Map<String, Object>) node.get(field)).filter(Objects::nonNull).toList();
  }

  /** Videos and notes of the science section, newest first (the demo has no science notes). */
  static final List<String> SCIENCE_VIDEOS_AND_NOTES = List.of("VideoFeedItem:50", "VideoFeedItem:45");

  static List<String> globalIds(List<String> typedIds) {
    return typedIds.stream().map(id -> Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes())).toList();
  }
}
