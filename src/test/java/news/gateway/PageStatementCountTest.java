package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each page of a news site is one request whose SQL statement count does not depend on the page size: every
 * relation is loaded by a DataLoader, one statement per relation for the whole page, or comes with the statement
 * of its parent. Both sizes hold every kind
 * of relation the page asks for (e.g. a note linking an article on the home page), so the counts are comparable.
 */
@GatewayTest
class PageStatementCountTest {

  private final GraphQlTestClient graphql;

  PageStatementCountTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @ParameterizedTest(name = "{0} with {3} and {4} items: {5} statements")
  @CsvSource(delimiter = '|', value = {
      // page | page-size variable | slug or search text | small | large | statements | the page's items
      "home-page | first |  | 10 | 60 | 4 | $.data.feed.edges",
      "article-page | related | mayoral-race-three-candidates-one-housing-question | 1 | 12 | 4 |"
          + " $.data.article.relatedArticles",
      "author-page-with-article-cards | first | maren-holt | 2 | 9 | 6 | $.data.author.articles.edges",
      "section-page | first | business | 2 | 7 | 5 | $.data.section.articles.edges",
      "tag-page | first | housing | 2 | 6 | 5 | $.data.tag.articles.edges",
      "search-page | first | harbour | 2 | 20 | 4 | $.data.search.edges"})
  void theStatementCountOfAPageIsTheSameAtTwoSizes(String document, String sizeVariable, String slugOrText,
      int small, int large, int statements, String items) {
    DocumentContext smallPage = graphql.query(document, variables(sizeVariable, small, slugOrText));
    DocumentContext largePage = graphql.query(document, variables(sizeVariable, large, slugOrText));

    assertThat(smallPage.<Object>read("$.errors")).isNull();
    assertThat(largePage.<Object>read("$.errors")).isNull();
    assertThat(smallPage.<List<Object>>read(items)).hasSize(small);
    assertThat(largePage.<List<Object>>read(items)).hasSizeGreaterThan(small);
    assertThat(smallPage.<Integer>read("$.extensions.sqlStatements")).isEqualTo(statements);
    assertThat(largePage.<Integer>read("$.extensions.sqlStatements")).isEqualTo(statements);
  }

  private static Map<String, Object> variables(String sizeVariable, int size, String slugOrText) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(sizeVariable, size);
    variables.put("slug", slugOrText);
    variables.put("query", slugOrText);
    return variables;
  }
}
