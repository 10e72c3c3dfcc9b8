package news.gateway.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@GatewayTest
class NodeTest {

  private final GraphQlTestClient graphql;

  NodeTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  /** Demo images 1-44 are heroes, 45-52 avatars, 53-64 body pictures and 65-78 video thumbnails. */
  @ParameterizedTest
  @CsvSource({
      "Article:26, Article, slug, mayoral-race-three-candidates-one-housing-question",
      "Author:1, Author, slug, maren-holt",
      "Image:1, Image, url, https://media.harbourledger.example/photos/harbour-swing-bridge.jpg",
      "Image:45, Image, url, https://media.harbourledger.example/photos/authors/maren-holt.jpg",
      "Image:53, Image, url, https://media.harbourledger.example/photos/seagrass-meadow-gullhaven.jpg",
      "Image:65, Image, url, https://media.harbourledger.example/photos/video/seagrass-survey-divers.jpg",
      "Section:1, Section, slug, news",
      "Tag:1, Tag, slug, climate",
      "VideoFeedItem:56, VideoFeedItem, title, How a polar research ship is built"})
  void anyEntityComesBackByItsGlobalId(String typedId, String type, String field, String expected) {
    DocumentContext page = graphql.query("node", Map.of("id", id(typedId)));

    assertThat(page.<String>read("$.data.node.__typename")).isEqualTo(type);
    assertThat(page.<String>read("$.data.node.id")).isEqualTo(id(typedId));
    assertThat(page.<String>read("$.data.node." + field)).isEqualTo(expected);
  }

  /**
   * Images: the heroes of two drafts and of an embargoed article, the unpublished author's avatar, the embargoed
   * video's still.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Article:41", "Article:43", "Author:8", "Article:999999", "NoteFeedItem:56", "VideoFeedItem:73",
      "Image:41", "Image:42", "Image:43", "Image:52", "Image:78", "Image:999999"})
  void unpublishedMissingOrForgedKindIdsAreNull(String typedId) {
    DocumentContext page = graphql.query("node", Map.of("id", id(typedId)));

    assertThat(page.<Object>read("$.data.node")).isNull();
    assertThat(page.<Object>read("$.errors")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not base64 at all!", "QXJ0aWNsZQ", "QXJ0aWNsZTphYmM", "RHJhZ29uOjE"})
  void aMalformedIdIsBadUserInput(String id) {
    DocumentContext response = graphql.query("node", Map.of("id", id));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void nodesComeBackInTheOrderAskedOneStatementPerTypeAsked() {
    DocumentContext page = graphql.query("nodes", Map.of("ids", List.of(id("Author:1"), id("Article:26"),
        id("Article:41"), id("Author:2"), id("Article:1"), id("Tag:1"))));

    List<Map<String, Object>> nodes = page.read("$.data.nodes");
    assertThat(nodes).extracting(node -> node == null ? null : node.get("__typename"))
        .containsExactly("Author", "Article", null, "Author", "Article", "Tag");
    assertThat(page.<String>read("$.data.nodes[1].slug")).isEqualTo("mayoral-race-three-candidates-one-housing-question");
    assertThat(page.<String>read("$.data.nodes[3].slug")).isEqualTo("tobias-fenwick");
    // authors, articles and tags: one statement each, however many IDs of each type
    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(3);
  }

  @Test
  void moreThanAHundredIdsIsBadUserInput() {
    DocumentContext response = graphql.query("nodes", Map.of("ids", Collections.nCopies(101, id("Article:1"))));

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("`ids` may hold at most 100 IDs, was 101");
  }

  static String id(String typedId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(typedId.getBytes());
  }
}
