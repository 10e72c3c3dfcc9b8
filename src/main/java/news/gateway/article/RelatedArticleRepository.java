package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.RELATED_STORIES;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.jooq.tables.RelatedStories;
import org.jooq.DSLContext;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Related stories of a page of articles in one statement: the ranking is the database function
 * `related_stories` (editors' picks first, then articles sharing tags; see db/schema/003-related-stories.sql),
 * joined with the stories' columns and, when asked, their bylines and hero images ({@link ArticleParts}).
 */
@Repository
public class RelatedArticleRepository {

  private final DSLContext db;

  public RelatedArticleRepository(DSLContext db) {
    this.db = db;
  }

  public Map<RelatedArticlesKey, List<LoadedArticle>> findRelated(Collection<RelatedArticlesKey> keys) {
    Long[] articleIds = keys.stream().map(RelatedArticlesKey::articleId).distinct().toArray(Long[]::new);
    // one statement for every key: the longest list and every part asked; each key then takes its own prefix
    int wanted = keys.stream().mapToInt(RelatedArticlesKey::first).max().orElse(0);
    ArticleParts parts = keys.stream().map(RelatedArticlesKey::parts).reduce(ArticleParts.NONE, ArticleParts::or);

    RelatedStories ranked = RELATED_STORIES(articleIds, wanted);
    List<SelectField<?>> columns = new ArrayList<>(List.of(ranked.ARTICLE_ID, ranked.RANK));
    columns.addAll(parts.columns());
    List<SortField<?>> order = new ArrayList<>(List.of(ranked.ARTICLE_ID.asc(), ranked.RANK.asc()));
    order.addAll(parts.bylineOrder());
    Table<?> stories = parts.join(ranked.join(ARTICLE).on(ARTICLE.ID.eq(ranked.RELATED_ID)));

    Map<Long, List<LoadedArticle>> byArticle = new HashMap<>();
    // a story spans one row per byline, consecutive in this order
    parts.read(db.select(columns).from(stories).orderBy(order).fetch(),
        row -> new RankedStory(row.get(ranked.ARTICLE_ID), row.get(ranked.RANK)),
        (row, story) -> byArticle.computeIfAbsent(row.get(ranked.ARTICLE_ID), id -> new ArrayList<>()).add(story));
    Map<RelatedArticlesKey, List<LoadedArticle>> result = new HashMap<>();
    for (RelatedArticlesKey key : keys) {
      List<LoadedArticle> related = byArticle.getOrDefault(key.articleId(), List.of());
      result.put(key, related.subList(0, Math.min(key.first(), related.size())));
    }
    return result;
  }

  private record RankedStory(long articleId, long rank) {}
}
