package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.RELATED_STORIES;
import static news.gateway.sql.RenderedQueries.placeholder;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.jooq.tables.RelatedStories;
import news.gateway.sql.Binds;
import news.gateway.sql.Keys;
import news.gateway.sql.Published;
import news.gateway.sql.RenderedQueries;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Related stories of a page of articles in one statement: the ranking is the database function
 * `related_stories` (editors' picks first, then articles sharing tags; see
 * db/schema/008-tags-carry-publication.sql), joined with the stories' columns and, when asked, their bylines
 * and hero images ({@link ArticleParts}).
 */
@Repository
public class RelatedArticleRepository {

  private static final Param<Long[]> ARTICLE_IDS = placeholder("articleIds", Keys.BIGINT_ARRAY);
  private static final Param<Integer> WANTED = placeholder("wanted", SQLDataType.INTEGER);
  private static final RelatedStories RANKED = RELATED_STORIES(ARTICLE_IDS, WANTED);

  private final RenderedQueries<Shape> relatedWith;

  public RelatedArticleRepository(DSLContext db) {
    this.relatedWith = new RenderedQueries<>(db, RelatedArticleRepository::relatedQuery);
  }

  public Map<RelatedArticlesKey, List<LoadedArticle>> findRelated(Collection<RelatedArticlesKey> keys) {
    Long[] articleIds = keys.stream().map(RelatedArticlesKey::articleId).distinct().toArray(Long[]::new);
    // one statement for every key: the longest list and every part asked; each key then takes its own prefix
    int wanted = keys.stream().mapToInt(RelatedArticlesKey::first).max().orElse(0);
    ArticleParts parts = keys.stream().map(RelatedArticlesKey::parts).reduce(ArticleParts.NONE, ArticleParts::or);

    Map<Long, List<LoadedArticle>> byArticle = new HashMap<>();
    // a story spans one row per byline, consecutive in this order
    Shape shape = new Shape(parts, articleIds.length == 1);
    parts.read(relatedWith.fetch(shape, Binds.of(ARTICLE_IDS, articleIds).and(WANTED, wanted)),
        row -> new RankedStory(row.get(RANKED.ARTICLE_ID), row.get(RANKED.RANK)),
        (row, story) -> byArticle.computeIfAbsent(row.get(RANKED.ARTICLE_ID), id -> new ArrayList<>()).add(story));
    Map<RelatedArticlesKey, List<LoadedArticle>> result = new HashMap<>();
    for (RelatedArticlesKey key : keys) {
      List<LoadedArticle> related = byArticle.getOrDefault(key.articleId(), List.of());
      result.put(key, related.subList(0, Math.min(key.first(), related.size())));
    }
    return result;
  }

  private static Select<?> relatedQuery(Shape shape) {
    ArticleParts parts = shape.parts();
    List<SelectField<?>> columns = new ArrayList<>(List.of(RANKED.ARTICLE_ID, RANKED.RANK));
    columns.addAll(parts.columns());
    List<SortField<?>> order = new ArrayList<>(List.of(RANKED.ARTICLE_ID.asc(), RANKED.RANK.asc()));
    order.addAll(parts.bylineOrder());
    Table<?> stories = RANKED.join(ARTICLE).on(ARTICLE.ID.eq(RANKED.RELATED_ID));
    // related_stories ranks by the publication time article_tag carries, which a tag row written while its
    // article was retracted in another transaction can still hold: a story is shown only if it is published
    return select(columns).from(shape.oneArticle() ? parts.joinForFewBylines(stories) : parts.join(stories))
        .where(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .orderBy(order);
  }

  /**
   * A statement's shape: the parts asked, and whether it is one article's related stories (an article page whose
   * own statement did not bring them, see {@link RelatedArticlesAsked}).
   */
  private record Shape(ArticleParts parts, boolean oneArticle) {}

  private record RankedStory(long articleId, long rank) {}
}
