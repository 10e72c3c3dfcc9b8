package news.gateway.article;

import static news.gateway.article.ArticleRepository.ARTICLE_FIELDS;
import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.ARTICLE_BYLINE;
import static news.gateway.jooq.Tables.AUTHOR;
import static news.gateway.jooq.Tables.IMAGE;
import static news.gateway.jooq.Tables.RELATED_STORIES;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.author.Author;
import news.gateway.author.AuthorRepository;
import news.gateway.image.Image;
import news.gateway.image.ImageRepository;
import news.gateway.jooq.tables.RelatedStories;
import news.gateway.sql.Published;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Related stories of a page of articles in one statement: the ranking is the database function
 * `related_stories` (editors' picks first, then articles sharing tags; see db/schema/003-related-stories.sql),
 * joined with the stories' columns and, when asked, their hero images and bylines.
 */
@Repository
public class RelatedArticleRepository {

  private final DSLContext db;

  public RelatedArticleRepository(DSLContext db) {
    this.db = db;
  }

  public Map<RelatedArticlesKey, List<RelatedStory>> findRelated(Collection<RelatedArticlesKey> keys) {
    Long[] articleIds = keys.stream().map(RelatedArticlesKey::articleId).distinct().toArray(Long[]::new);
    // one statement for every key: the longest list asked, each key then takes its own prefix
    int wanted = keys.stream().mapToInt(RelatedArticlesKey::first).max().orElse(0);
    boolean withBylines = keys.stream().anyMatch(RelatedArticlesKey::withBylines);
    boolean withHeroImages = keys.stream().anyMatch(RelatedArticlesKey::withHeroImages);

    RelatedStories ranked = RELATED_STORIES(articleIds, wanted);
    List<SelectField<?>> columns = new ArrayList<>(List.of(ranked.ARTICLE_ID, ranked.RANK));
    columns.addAll(ARTICLE_FIELDS);
    List<SortField<?>> order = new ArrayList<>(List.of(ranked.ARTICLE_ID.asc(), ranked.RANK.asc()));
    Table<?> stories = ranked.join(ARTICLE).on(ARTICLE.ID.eq(ranked.RELATED_ID));
    if (withHeroImages) {
      columns.addAll(List.of(IMAGE.fields()));
      stories = stories.leftJoin(IMAGE).on(IMAGE.ID.eq(ARTICLE.HERO_IMAGE_ID));
    }
    if (withBylines) {
      columns.addAll(List.of(AUTHOR.fields()));
      stories = stories.leftJoin(ARTICLE_BYLINE).on(ARTICLE_BYLINE.ARTICLE_ID.eq(ARTICLE.ID))
          .leftJoin(AUTHOR).on(AUTHOR.ID.eq(ARTICLE_BYLINE.AUTHOR_ID)).and(Published.asOfNow(AUTHOR.PUBLISHED_AT));
      order.add(ARTICLE_BYLINE.POSITION.asc());
    }

    Map<Long, List<RelatedStory>> byArticle = new HashMap<>();
    RelatedStory current = null;
    long currentArticleId = 0;
    long currentRank = 0;
    for (Record row : db.select(columns).from(stories).orderBy(order).fetch()) {
      long articleId = row.get(ranked.ARTICLE_ID);
      long rank = row.get(ranked.RANK);
      // a story spans one row per byline, consecutive in this order
      if (current == null || articleId != currentArticleId || rank != currentRank) {
        current = new RelatedStory(ArticleRepository.toArticle(row), withBylines ? new ArrayList<>() : null,
            withHeroImages ? heroImage(row) : null);
        byArticle.computeIfAbsent(articleId, id -> new ArrayList<>()).add(current);
        currentArticleId = articleId;
        currentRank = rank;
      }
      if (withBylines && row.get(AUTHOR.ID) != null) {
        current.authors().add(AuthorRepository.toAuthor(row));
      }
    }
    Map<RelatedArticlesKey, List<RelatedStory>> result = new HashMap<>();
    for (RelatedArticlesKey key : keys) {
      List<RelatedStory> related = byArticle.getOrDefault(key.articleId(), List.of());
      result.put(key, related.subList(0, Math.min(key.first(), related.size())));
    }
    return result;
  }

  private static Image heroImage(Record row) {
    return row.get(IMAGE.ID) == null ? null : ImageRepository.toImage(row);
  }
}
