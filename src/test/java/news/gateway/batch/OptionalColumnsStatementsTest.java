package news.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.List;
import java.util.Map;
import news.gateway.support.ExecutedStatements;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** What a request's statements read follows what its document asks for, and is the same all over the request. */
@GatewayTest
@Import(ExecutedStatements.class)
class OptionalColumnsStatementsTest {

  private static final String ARTICLE = "mayoral-race-three-candidates-one-housing-question";

  private final GraphQlTestClient graphql;

  @Autowired
  ExecutedStatements statements;

  OptionalColumnsStatementsTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @Test
  void homePageCardsReadNoColumnTheirFieldsDoNotShow() {
    int before = statements.count();
    DocumentContext page = graphql.query("home-page-essentials", Map.of("first", 20));

    assertThat(page.<Object>read("$.errors")).isNull();
    List<String> sql = statements.sqlAfter(before);
    assertThat(sql).hasSize(2); // the page with its cards, then their related stories
    assertThat(String.join("\n", sql))
        .doesNotContain("\"standfirst\"", "\"kicker\"", "\"updated_at\"", "\"word_count\"", "\"job_title\"",
            "\"bio\"")
        // the cards show their hero images' credit: the images come with their description
        .contains("\"image\".\"credit\"", "\"image\".\"caption\"", "\"image\".\"alt_text\"");
  }

  @Test
  void aProfileAskedThroughAFragmentComesWithTheRelatedStoriesBylines() {
    int before = statements.count();
    DocumentContext page = graphql.query("related-bylines-with-profile-in-a-fragment", Map.of("slug", ARTICLE));

    // the article and its related stories, in one statement
    assertThat(statements.sqlAfter(before)).hasSize(1)
        .allSatisfy(sql -> assertThat(sql).contains("\"author\".\"bio\"", "\"author\".\"job_title\""));
    List<Map<String, Object>> bylines = page.read("$.data.article.relatedArticles[*].authors[*]");
    assertThat(bylines).anySatisfy(byline -> assertThat(byline.get("bio")).isNotNull());
    assertThat(bylines).allSatisfy(byline -> {
      DocumentContext author = graphql.query("author-page", Map.of("slug", byline.get("slug"), "first", 1));
      assertThat(byline.get("name")).isEqualTo(author.read("$.data.author.name"));
      assertThat(byline.get("jobTitle")).isEqualTo(author.read("$.data.author.jobTitle"));
      assertThat(byline.get("bio")).isEqualTo(author.read("$.data.author.bio"));
    });
  }
}
