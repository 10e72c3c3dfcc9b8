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
class ArticleBodyTest {

  private final GraphQlTestClient graphql;

  ArticleBodyTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @ParameterizedTest
  @ValueSource(strings = {"what-the-new-budget-means-for-renters", "mayoral-race-three-candidates-one-housing-question",
      "port-container-volumes-fall-for-a-third-quarter"})
  void theArticleBringsItsBodyInItsOwnStatementAsItsBlocksLoaderWouldGiveIt(String slug) {
    DocumentContext page = graphql.query("article-body-with-bylines", Map.of("slug", slug));

    assertThat(page.<Integer>read("$.extensions.sqlStatements")).isEqualTo(1);
    Map<String, Object> article = page.read("$.data.article");
    assertThat(article.get("body")).asString().isNotBlank();
    // the same article by ID: its body from the articleBlocks DataLoader's own query
    assertThat(List.of(article)).isEqualTo(graphql.query("articles-by-id-with-body",
        Map.of("ids", List.of(article.get("id")))).read("$.data.nodes"));
  }

  @Test
  void blocksInterleaveTextPicturesQuotesAndTeasersInReadingOrder() {
    DocumentContext page = graphql.query("article-blocks", Map.of("slug", "mayoral-race-three-candidates-one-housing-question"));

    assertThat(page.<List<String>>read("$.data.article.blocks[*].__typename")).containsExactly(
        "ParagraphBlock", "ParagraphBlock", "ParagraphBlock", "HeadingBlock", "HeadingBlock", "ParagraphBlock",
        "HeadingBlock", "ParagraphBlock", "HeadingBlock", "ParagraphBlock", "ParagraphBlock", "ImageBlock",
        "RelatedArticleBlock", "HeadingBlock", "ParagraphBlock", "QuoteBlock", "ParagraphBlock", "ParagraphBlock",
        "ParagraphBlock");
    assertThat(page.<String>read("$.data.article.blocks[3].text")).isEqualTo("The candidates");
    assertThat(page.<Integer>read("$.data.article.blocks[3].level")).isEqualTo(2);
    assertThat(page.<Integer>read("$.data.article.blocks[4].level")).isEqualTo(3);
    assertThat(page.<String>read("$.data.article.blocks[11].image.url"))
        .isEqualTo("https://media.harbourledger.example/photos/ropewalk-hustings.jpg");
    assertThat(page.<String>read("$.data.article.blocks[11].image.credit")).isEqualTo("Dara Mulvey / Harbour Ledger");
    assertThat(page.<String>read("$.data.article.blocks[12].article.slug"))
        .isEqualTo("council-approves-homes-on-the-old-rail-yards");
    assertThat(page.<String>read("$.data.article.blocks[15].attribution")).isEqualTo("A voter at the Ropewalk hustings");
    assertThat(page.<String>read("$.data.article.blocks[17].marks[0].type")).isEqualTo("BOLD");
    assertThat(page.<Integer>read("$.data.article.blocks[17].marks[0].start")).isEqualTo(78);
    assertThat(page.<Integer>read("$.data.article.blocks[17].marks[0].end")).isEqualTo(100);
    assertThat(page.<String>read("$.data.article.body"))
        .contains("last month put <strong>Dunmore narrowly ahead</strong>, with Leyland second");
  }

  @Test
  void linksAndEmbedsAreTypedBlocksAndLinksInTheHtmlBody() {
    DocumentContext page = graphql.query("article-blocks", Map.of("slug", "early-voting-opens-with-queues-at-the-central-library"));

    assertThat(page.<String>read("$.data.article.blocks[2].__typename")).isEqualTo("EmbedBlock");
    assertThat(page.<String>read("$.data.article.blocks[2].provider")).isEqualTo("SOCIAL");
    assertThat(page.<String>read("$.data.article.blocks[2].url"))
        .isEqualTo("https://social.example/@harbourledger/posts/library-voting-queue");
    assertThat(page.<Map<String, Object>>read("$.data.article.blocks[3].marks[0]")).isEqualTo(Map.of(
        "type", "LINK", "start", 45, "end", 76, "href", "https://www.kellsport.example/elections/voter-id"));
    assertThat(page.<String>read("$.data.article.body")).isEqualTo("""
        <p>Queues stretched down the steps of the central library on Sunday as early voting opened in Kellsport&#39;s \
        first mayoral election, with more than 4,000 ballots cast on the first day, twice the number the council had \
        planned for. Staff said the busiest period was just after the library opened at 9am, and advised voters to come \
        in the afternoon if they could.</p>
        <p>Election staff opened two extra polling booths by mid-morning and handed out tea to people waiting in the \
        drizzle. Early voting continues at the library and at three community centres until Saturday, ahead of polling \
        day on 11 November.</p>
        <p><a href="https://social.example/@harbourledger/posts/library-voting-queue">Harbour Ledger: the queue outside \
        the central library</a></p>
        <p>Voters need to bring photo identification. A <a href="https://www.kellsport.example/elections/voter-id">full \
        list of accepted documents</a> is on the council&#39;s website, and anyone without ID can apply for a free voter \
        certificate until Wednesday.</p>
        <p>The council&#39;s returning officer said the turnout was encouraging. &#39;It is a new election and people \
        clearly want to take part,&#39; she said. Votes will be counted overnight on 11 November at the Corn Exchange.</p>
        """);
  }

  @Test
  void aTeaserForAnUnpublishedArticleIsLeftOutOfTheBody() {
    DocumentContext page = graphql.query("article-blocks", Map.of("slug", "port-container-volumes-fall-for-a-third-quarter"));

    assertThat(page.<List<String>>read("$.data.article.blocks[*].__typename")).containsExactly(
        "ParagraphBlock", "ParagraphBlock", "ParagraphBlock", "ParagraphBlock", "ParagraphBlock");
    assertThat(page.<Object>read("$.errors")).isNull();
  }
}
