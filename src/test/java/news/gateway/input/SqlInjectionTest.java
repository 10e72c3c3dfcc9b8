package news.gateway.input;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text that looks like SQL is just text: jOOQ binds it as a value, so it reaches the database, matches no
 * row (spliced into the SQL it would have matched every article, or dropped a table) and changes nothing.
 */
@GatewayTest
class SqlInjectionTest {

  private static final String ARTICLE_SLUG = "what-the-new-budget-means-for-renters";

  @LocalServerPort
  int port;

  @Autowired
  DSLContext db;

  GraphQlTestClient graphql;

  @BeforeEach
  void connect() {
    graphql = new GraphQlTestClient(port);
  }

  @Test
  void aSlugWithATautologyIsLookedUpAsTextAndFindsNothing() {
    DocumentContext control = graphql.query("article-page", Map.of("slug", ARTICLE_SLUG));
    assertThat(control.<String>read("$.data.article.slug")).isEqualTo(ARTICLE_SLUG);

    DocumentContext injected = graphql.query("article-page", Map.of("slug", ARTICLE_SLUG + "' OR '1'='1"));

    assertThat(injected.<Object>read("$.data.article")).isNull();
    assertThat(injected.<Object>read("$.errors")).isNull();
    // the one statement that looked the slug up ran, and found no row
    assertThat(injected.<Integer>read("$.extensions.sqlStatements")).isEqualTo(1);
  }

  @Test
  void aSlugWithStatementsAfterItRunsNoneOfThem() {
    int articles = db.fetchCount(ARTICLE);
    int authors = db.fetchCount(AUTHOR);

    DocumentContext dropAuthor = graphql.query("author-page", Map.of("slug", "maren-holt'; DROP TABLE author; --"));
    DocumentContext deleteArticles = graphql.query("article-page", Map.of("slug", "x'; DELETE FROM article; --"));
    DocumentContext union = graphql.query("article-page",
        Map.of("slug", "x' UNION SELECT id, slug FROM author --"));

    assertThat(dropAuthor.<Object>read("$.data.author")).isNull();
    assertThat(deleteArticles.<Object>read("$.data.article")).isNull();
    assertThat(union.<Object>read("$.data.article")).isNull();
    assertThat(db.fetchCount(ARTICLE)).isEqualTo(articles);
    assertThat(db.fetchCount(AUTHOR)).isEqualTo(authors);
    assertThat(graphql.query("author-page", Map.of("slug", "maren-holt")).<String>read("$.data.author.name"))
        .isEqualTo("Maren Holt");
  }
}
