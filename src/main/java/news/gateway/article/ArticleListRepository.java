package news.gateway.article;

import static news.gateway.article.ArticleRepository.ARTICLE_FIELDS;
import static news.gateway.jooq.Tables.ARTICLE;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.pagination.KeysetCursor;
import news.gateway.sql.Published;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row8;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Pages of published articles, newest first, filtered by section, tag, author and date: the article lists of
 * `Query.articles` and of every section, tag and author page. Any number of lists, each with its own filter
 * and cursor, are read in one statement: the lists asked are a VALUES table, each page a lateral subquery.
 */
@Repository
public class ArticleListRepository {

  private final DSLContext db;

  public ArticleListRepository(DSLContext db) {
    this.db = db;
  }

  /** Up to {@code first + 1} articles per list: the extra one tells that a next page exists. */
  public Map<ArticleListKey, List<Article>> findPages(Collection<ArticleListKey> keys) {
    List<ArticleListKey> ordered = List.copyOf(keys);
    @SuppressWarnings("unchecked")
    Row8<Integer, String, String, String, OffsetDateTime, OffsetDateTime, OffsetDateTime, Long>[] rows =
        new Row8[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      ArticleFilter filter = ordered.get(i).filter();
      KeysetCursor after = ordered.get(i).page().after();
      rows[i] = row(val(i), val(filter.section(), String.class), val(filter.tag(), String.class),
          val(filter.author(), String.class), val(filter.publishedAfter(), OffsetDateTime.class),
          val(filter.publishedBefore(), OffsetDateTime.class),
          val(after == null ? null : after.publishedAt(), OffsetDateTime.class),
          val(after == null ? null : after.id(), Long.class));
    }
    Table<?> lists = values(rows).as("list", "key_index", "section_slug", "tag_slug", "author_slug",
        "published_after", "published_before", "after_published_at", "after_id");
    Field<Integer> keyIndex = lists.field("key_index", Integer.class);
    int limit = ordered.stream().mapToInt(key -> key.page().first()).max().orElse(0) + 1;

    Table<?> page = lateral(select(ARTICLE_FIELDS).from(ARTICLE)
        .where(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .and(matches(lists))
        .orderBy(ARTICLE.PUBLISHED_AT.desc(), ARTICLE.ID.desc())
        .limit(limit)).as("page");

    Map<ArticleListKey, List<Article>> pages = new HashMap<>();
    ordered.forEach(key -> pages.put(key, new ArrayList<>()));
    db.select(keyIndex).select(page.fields()).from(lists).crossJoin(page)
        .orderBy(keyIndex, page.field(ARTICLE.PUBLISHED_AT).desc(), page.field(ARTICLE.ID).desc())
        .forEach(row -> {
          ArticleListKey key = ordered.get(row.get(keyIndex));
          List<Article> articles = pages.get(key);
          if (articles.size() <= key.page().first()) {
            articles.add(ArticleRepository.toArticle(row));
          }
        });
    return pages;
  }

  /** The list's own filter, and its cursor, from its row of the VALUES table. */
  private static Condition matches(Table<?> lists) {
    Field<OffsetDateTime> afterPublishedAt = lists.field("after_published_at", OffsetDateTime.class);
    Field<Long> afterId = lists.field("after_id", Long.class);
    return ArticleCriteria.ofColumns(lists.field("section_slug", String.class), lists.field("tag_slug", String.class),
            lists.field("author_slug", String.class), lists.field("published_after", OffsetDateTime.class),
            lists.field("published_before", OffsetDateTime.class))
        .and(afterPublishedAt.isNull().or(row(ARTICLE.PUBLISHED_AT, ARTICLE.ID).lt(afterPublishedAt, afterId)));
  }
}
