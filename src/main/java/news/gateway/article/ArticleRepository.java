package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.sql.RenderedQueries.placeholder;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import news.gateway.batch.OptionalColumns;
import news.gateway.jooq.Routines;
import news.gateway.sql.Binds;
import news.gateway.sql.Keys;
import news.gateway.sql.Published;
import news.gateway.sql.RenderedQueries;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
public class ArticleRepository {

  /** Every column of an {@link Article}; the body is not among them. */
  private static final List<SelectField<?>> ALWAYS_READ = List.of(ARTICLE.ID, ARTICLE.SLUG, ARTICLE.HEADLINE,
      ARTICLE.PUBLISHED_AT, ARTICLE.SECTION_ID, ARTICLE.HERO_IMAGE_ID);
  public static final List<SelectField<?>> ARTICLE_FIELDS = Stream.concat(ALWAYS_READ.stream(),
      Stream.of(ARTICLE.STANDFIRST, ARTICLE.KICKER, ARTICLE.WORD_COUNT, ARTICLE.READING_TIME_MINUTES,
          ARTICLE.UPDATED_AT)).toList();

  private static final Param<String> SLUG = placeholder("slug", ARTICLE.SLUG.getDataType());

  private final DSLContext db;
  private final RenderedQueries<ArticleParts> bySlugWith;

  public ArticleRepository(DSLContext db) {
    this.db = db;
    this.bySlugWith = new RenderedQueries<>(db, parts -> select(parts.columns()).from(parts.join(ARTICLE))
        .where(ARTICLE.SLUG.eq(SLUG)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .orderBy(parts.bylineOrder()));
  }

  /** The published article with that slug, and the parts asked of it, in one statement. */
  public Optional<LoadedArticle> findPublishedBySlug(String slug, ArticleParts parts) {
    List<LoadedArticle> found = new ArrayList<>(1);
    parts.read(bySlugWith.fetch(parts, Binds.of(SLUG, slug)), row -> row.get(ARTICLE.ID),
        (row, article) -> found.add(article));
    return found.stream().findFirst();
  }

  public Map<Long, Article> findPublishedByIds(Collection<Long> ids) {
    return db.select(ARTICLE_FIELDS).from(ARTICLE)
        .where(Keys.anyOf(ARTICLE.ID, ids)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .fetchMap(ARTICLE.ID, ArticleRepository::toArticle);
  }

  /**
   * The body blocks (jsonb text) of each article, without teasers for unpublished articles or pictures that
   * are gone.
   */
  public Map<Long, String> findVisibleBlocks(Collection<Long> ids) {
    Field<JSONB> visibleBlocks = Routines.articleVisibleBlocks(ARTICLE.BLOCKS);
    return db.select(ARTICLE.ID, visibleBlocks).from(ARTICLE).where(Keys.anyOf(ARTICLE.ID, ids))
        .fetchMap(ARTICLE.ID, row -> row.get(visibleBlocks).data());
  }

  /** An article's columns: those every article is read with, and its details when the request asks for them. */
  public static List<SelectField<?>> articleFields(OptionalColumns columns) {
    return columns.articleDetails() ? ARTICLE_FIELDS : ALWAYS_READ;
  }

  public static Article toArticle(Record row) {
    return toArticle(row, OptionalColumns.ALL);
  }

  /** The article in a row read with {@link #articleFields} of these columns. */
  public static Article toArticle(Record row, OptionalColumns columns) {
    boolean details = columns.articleDetails();
    return new Article(row.get(ARTICLE.ID), row.get(ARTICLE.SLUG), row.get(ARTICLE.HEADLINE),
        details ? row.get(ARTICLE.STANDFIRST) : null, details ? row.get(ARTICLE.KICKER) : null,
        details ? row.get(ARTICLE.WORD_COUNT) : null, details ? row.get(ARTICLE.READING_TIME_MINUTES) : null,
        row.get(ARTICLE.PUBLISHED_AT), details ? row.get(ARTICLE.UPDATED_AT) : null, row.get(ARTICLE.SECTION_ID),
        row.get(ARTICLE.HERO_IMAGE_ID));
  }
}
