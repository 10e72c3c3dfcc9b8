package news.gateway.feed;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.FEED_ITEM;
import static news.gateway.jooq.Tables.SECTION;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import news.gateway.article.ArticleRepository;
import news.gateway.feed.FeedItem.ArticleFeedItem;
import news.gateway.feed.FeedItem.NoteFeedItem;
import news.gateway.feed.FeedItem.VideoFeedItem;
import news.gateway.pagination.KeysetCursor;
import news.gateway.pagination.PageRequest;
import news.gateway.sql.Keys;
import news.gateway.sql.Published;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Published feed items. Article cards, and the articles notes link to, come in the same statement as their
 * items; an article item whose article is not published is left out, a note keeps its text without the link.
 */
@Repository
public class FeedRepository {

  private final DSLContext db;

  public FeedRepository(DSLContext db) {
    this.db = db;
  }

  /** A page, newest first, with {@code first + 1} rows at most (the extra one tells a next page exists). */
  public List<FeedItem> findPage(PageRequest page, FeedFilter filter) {
    return selectPublished()
        .and(inSection(filter.section()))
        .and(filter.kinds() == null ? DSL.noCondition() : FEED_ITEM.KIND.in(filter.kinds()))
        .and(after(page.after()))
        .orderBy(FEED_ITEM.PUBLISHED_AT.desc(), FEED_ITEM.ID.desc())
        .limit(page.first() + 1)
        .fetch(FeedRepository::toFeedItem);
  }

  public Map<Long, FeedItem> findPublishedByIds(Collection<Long> ids) {
    return selectPublished().and(Keys.anyOf(FEED_ITEM.ID, ids)).fetchMap(FEED_ITEM.ID, FeedRepository::toFeedItem);
  }

  private org.jooq.SelectConditionStep<Record> selectPublished() {
    SelectOnConditionStep<Record> items = db.select(FEED_ITEM.ID, FEED_ITEM.KIND, FEED_ITEM.TITLE,
            FEED_ITEM.SECTION_ID, FEED_ITEM.PUBLISHED_AT, FEED_ITEM.ARTICLE_ID, FEED_ITEM.VIDEO_URL,
            FEED_ITEM.DURATION_SECONDS, FEED_ITEM.THUMBNAIL_IMAGE_ID, FEED_ITEM.BODY)
        .select(ArticleRepository.ARTICLE_FIELDS)
        .from(FEED_ITEM)
        .leftJoin(ARTICLE).on(ARTICLE.ID.eq(FEED_ITEM.ARTICLE_ID)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT));
    return items.where(Published.asOfNow(FEED_ITEM.PUBLISHED_AT))
        .and(FEED_ITEM.KIND.ne("ARTICLE").or(ARTICLE.ID.isNotNull()));
  }

  private static Condition inSection(String slug) {
    return slug == null
        ? DSL.noCondition()
        : FEED_ITEM.SECTION_ID.in(select(SECTION.ID).from(SECTION).where(SECTION.SLUG.eq(slug)));
  }

  private static Condition after(KeysetCursor cursor) {
    return cursor == null
        ? DSL.noCondition()
        : row(FEED_ITEM.PUBLISHED_AT, FEED_ITEM.ID).lt(cursor.publishedAt(), cursor.id());
  }

  private static FeedItem toFeedItem(Record row) {
    long id = row.get(FEED_ITEM.ID);
    return switch (row.get(FEED_ITEM.KIND)) {
      case "ARTICLE" -> new ArticleFeedItem(id, row.get(FEED_ITEM.PUBLISHED_AT), row.get(FEED_ITEM.TITLE),
          row.get(FEED_ITEM.SECTION_ID), ArticleRepository.toArticle(row));
      case "VIDEO" -> new VideoFeedItem(id, row.get(FEED_ITEM.PUBLISHED_AT), row.get(FEED_ITEM.TITLE),
          row.get(FEED_ITEM.SECTION_ID), row.get(FEED_ITEM.VIDEO_URL), row.get(FEED_ITEM.DURATION_SECONDS),
          row.get(FEED_ITEM.THUMBNAIL_IMAGE_ID));
      case "NOTE" -> new NoteFeedItem(id, row.get(FEED_ITEM.PUBLISHED_AT), row.get(FEED_ITEM.TITLE),
          row.get(FEED_ITEM.SECTION_ID), row.get(FEED_ITEM.BODY),
          row.get(ARTICLE.ID) == null ? null : ArticleRepository.toArticle(row));
      default -> throw new IllegalStateException("Unknown feed item kind " + row.get(FEED_ITEM.KIND));
    };
  }
}
