package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.sql.RenderedQueries.placeholder;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  public static final List<SelectField<?>> ARTICLE_FIELDS = List.of(ARTICLE.ID, ARTICLE.SLUG, ARTICLE.HEADLINE,
      ARTICLE.STANDFIRST, ARTICLE.KICKER, ARTICLE.WORD_COUNT, ARTICLE.READING_TIME_MINUTES, ARTICLE.PUBLISHED_AT,
      ARTICLE.UPDATED_AT, ARTICLE.SECTION_ID, ARTICLE.HERO_IMAGE_ID);

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

  public static Article toArticle(Record row) {
    return new Article(row.get(ARTICLE.ID), row.get(ARTICLE.SLUG), row.get(ARTICLE.HEADLINE),
        row.get(ARTICLE.STANDFIRST), row.get(ARTICLE.KICKER), row.get(ARTICLE.WORD_COUNT),
        row.get(ARTICLE.READING_TIME_MINUTES), row.get(ARTICLE.PUBLISHED_AT), row.get(ARTICLE.UPDATED_AT),
        row.get(ARTICLE.SECTION_ID), row.get(ARTICLE.HERO_IMAGE_ID));
  }
}
