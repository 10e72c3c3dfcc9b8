package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.ARTICLE_BYLINE;
import static news.gateway.jooq.Tables.RELATED_ARTICLE;
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
import java.util.Optional;
import news.gateway.author.AuthorArticlesKey;
import news.gateway.pagination.KeysetCursor;
import news.gateway.sql.Published;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row4;
import org.jooq.SelectField;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

@Repository
public class ArticleRepository {

  /** Every column of an {@link Article}; the body is not among them. */
  public static final List<SelectField<?>> ARTICLE_FIELDS = List.of(ARTICLE.ID, ARTICLE.SLUG, ARTICLE.HEADLINE,
      ARTICLE.STANDFIRST, ARTICLE.KICKER, ARTICLE.WORD_COUNT, ARTICLE.READING_TIME_MINUTES, ARTICLE.PUBLISHED_AT,
      ARTICLE.UPDATED_AT, ARTICLE.SECTION_ID, ARTICLE.HERO_IMAGE_ID);

  private final DSLContext db;

  public ArticleRepository(DSLContext db) {
    this.db = db;
  }

  public Optional<Article> findPublishedBySlug(String slug) {
    return db.select(ARTICLE_FIELDS).from(ARTICLE)
        .where(ARTICLE.SLUG.eq(slug)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .fetchOptional(ArticleRepository::toArticle);
  }

  public Map<Long, Article> findPublishedByIds(Collection<Long> ids) {
    return db.select(ARTICLE_FIELDS).from(ARTICLE)
        .where(ARTICLE.ID.in(ids)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .fetchMap(ARTICLE.ID, ArticleRepository::toArticle);
  }

  /** The stored body blocks (jsonb text) of each article. */
  public Map<Long, String> findBlocks(Collection<Long> ids) {
    return db.select(ARTICLE.ID, ARTICLE.BLOCKS).from(ARTICLE).where(ARTICLE.ID.in(ids))
        .fetchMap(ARTICLE.ID, row -> row.get(ARTICLE.BLOCKS).data());
  }

  /** The editorial related stories of each article that are published, in the editors' order. */
  public Map<RelatedArticlesKey, List<Article>> findRelated(Collection<RelatedArticlesKey> keys) {
    Map<Long, List<Article>> byArticle = new HashMap<>();
    keys.forEach(key -> byArticle.put(key.articleId(), new ArrayList<>()));
    db.select(RELATED_ARTICLE.ARTICLE_ID).select(ARTICLE_FIELDS)
        .from(RELATED_ARTICLE).join(ARTICLE).on(ARTICLE.ID.eq(RELATED_ARTICLE.RELATED_ARTICLE_ID))
        .where(RELATED_ARTICLE.ARTICLE_ID.in(byArticle.keySet())).and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .orderBy(RELATED_ARTICLE.ARTICLE_ID, RELATED_ARTICLE.POSITION)
        .forEach(row -> byArticle.get(row.get(RELATED_ARTICLE.ARTICLE_ID)).add(toArticle(row)));
    Map<RelatedArticlesKey, List<Article>> related = new HashMap<>();
    keys.forEach(key -> {
      List<Article> all = byArticle.get(key.articleId());
      related.put(key, List.copyOf(all.subList(0, Math.min(key.first(), all.size()))));
    });
    return related;
  }

  /**
   * A page of published articles, newest first, for each author asked: one statement however many
   * authors, each page keyset-paginated on its own (a lateral subquery per key). Each list holds up to
   * {@code first + 1} rows, the extra one telling that a next page exists.
   */
  public Map<AuthorArticlesKey, List<Article>> findPagesByAuthor(Collection<AuthorArticlesKey> keys) {
    List<AuthorArticlesKey> ordered = List.copyOf(keys);
    @SuppressWarnings("unchecked")
    Row4<Integer, Long, OffsetDateTime, Long>[] keyRows = new Row4[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      AuthorArticlesKey key = ordered.get(i);
      KeysetCursor after = key.page().after();
      keyRows[i] = row(val(i), val(key.authorId()),
          val(after == null ? null : after.publishedAt(), OffsetDateTime.class),
          val(after == null ? null : after.id(), Long.class));
    }
    Table<?> asked = values(keyRows).as("asked", "key_index", "author_id", "after_published_at", "after_id");
    Field<Integer> keyIndex = asked.field("key_index", Integer.class);
    Field<Long> authorId = asked.field("author_id", Long.class);
    Field<OffsetDateTime> afterPublishedAt = asked.field("after_published_at", OffsetDateTime.class);
    Field<Long> afterId = asked.field("after_id", Long.class);
    int limit = ordered.stream().mapToInt(key -> key.page().first()).max().orElse(0) + 1;

    Table<?> page = lateral(select(ARTICLE_FIELDS).from(ARTICLE_BYLINE)
        .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_BYLINE.ARTICLE_ID))
        .where(ARTICLE_BYLINE.AUTHOR_ID.eq(authorId))
        .and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .and(afterPublishedAt.isNull().or(row(ARTICLE.PUBLISHED_AT, ARTICLE.ID).lt(afterPublishedAt, afterId)))
        .orderBy(ARTICLE.PUBLISHED_AT.desc(), ARTICLE.ID.desc())
        .limit(limit)).as("page");

    Map<AuthorArticlesKey, List<Article>> pages = new HashMap<>();
    ordered.forEach(key -> pages.put(key, new ArrayList<>()));
    db.select(keyIndex).select(page.fields()).from(asked).crossJoin(page)
        .orderBy(keyIndex, page.field(ARTICLE.PUBLISHED_AT).desc(), page.field(ARTICLE.ID).desc())
        .forEach(row -> {
          AuthorArticlesKey key = ordered.get(row.get(keyIndex));
          List<Article> rows = pages.get(key);
          if (rows.size() <= key.page().first()) {
            rows.add(toArticle(row));
          }
        });
    return pages;
  }

  public static Article toArticle(Record row) {
    return new Article(row.get(ARTICLE.ID), row.get(ARTICLE.SLUG), row.get(ARTICLE.HEADLINE),
        row.get(ARTICLE.STANDFIRST), row.get(ARTICLE.KICKER), row.get(ARTICLE.WORD_COUNT),
        row.get(ARTICLE.READING_TIME_MINUTES), row.get(ARTICLE.PUBLISHED_AT), row.get(ARTICLE.UPDATED_AT),
        row.get(ARTICLE.SECTION_ID), row.get(ARTICLE.HERO_IMAGE_ID));
  }
}
