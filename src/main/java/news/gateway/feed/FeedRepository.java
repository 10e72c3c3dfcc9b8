package news.gateway.feed;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.FEED_ITEM;
import static news.gateway.jooq.Tables.IMAGE;
import static news.gateway.jooq.Tables.SECTION;
import static news.gateway.sql.RenderedQueries.placeholder;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import news.gateway.article.Article;
import news.gateway.article.ArticleParts;
import news.gateway.article.ArticleRepository;
import news.gateway.article.LoadedArticle;
import news.gateway.feed.FeedItem.ArticleFeedItem;
import news.gateway.feed.FeedItem.NoteFeedItem;
import news.gateway.feed.FeedItem.VideoFeedItem;
import news.gateway.image.ImageRepository;
import news.gateway.jooq.tables.Image;
import news.gateway.pagination.KeysetCursor;
import news.gateway.pagination.PageRequest;
import news.gateway.sql.Binds;
import news.gateway.sql.Keys;
import news.gateway.sql.Published;
import news.gateway.sql.RenderedQueries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Published feed items. Article cards, and the articles notes link to, come in the same statement as their
 * items; an article item whose article is not published is left out, a note keeps its text without the link.
 */
@Repository
public class FeedRepository {

  private static final Image THUMBNAIL = IMAGE.as("thumbnail");
  private static final List<SelectField<?>> ITEM_FIELDS = List.of(FEED_ITEM.ID, FEED_ITEM.KIND, FEED_ITEM.TITLE,
      FEED_ITEM.SECTION_ID, FEED_ITEM.PUBLISHED_AT, FEED_ITEM.ARTICLE_ID, FEED_ITEM.VIDEO_URL,
      FEED_ITEM.DURATION_SECONDS, FEED_ITEM.THUMBNAIL_IMAGE_ID, FEED_ITEM.BODY);
  private static final List<SortField<?>> NEWEST_FIRST = List.of(FEED_ITEM.PUBLISHED_AT.desc(), FEED_ITEM.ID.desc());

  private static final Param<Integer> LIMIT = placeholder("limit", SQLDataType.INTEGER);
  private static final Param<String> SECTION_SLUG = placeholder("sectionSlug", SECTION.SLUG.getDataType());
  private static final Param<String[]> KINDS = placeholder("kinds", FEED_ITEM.KIND.getDataType().array());
  private static final Param<OffsetDateTime> AFTER_PUBLISHED_AT =
      placeholder("afterPublishedAt", FEED_ITEM.PUBLISHED_AT.getDataType());
  private static final Param<Long> AFTER_ID = placeholder("afterId", FEED_ITEM.ID.getDataType());

  /** What decides the text of a page's statement: the parts asked and the filters given. */
  private record PageShape(FeedParts parts, boolean inSection, boolean ofKinds, boolean after) {}

  private final DSLContext db;
  private final RenderedQueries<PageShape> pages;

  public FeedRepository(DSLContext db) {
    this.db = db;
    this.pages = new RenderedQueries<>(db, FeedRepository::pageQuery);
  }

  /**
   * A page, newest first, with {@code first + 1} items at most (the extra one tells a next page exists), and
   * the parts asked of them. The page's items are chosen first, since an article's bylines are one row each,
   * and handed on as an array: the plan PostgreSQL keeps for every page size (see application.yml) then looks
   * up a few items by key, where for {@code in (subquery)} it would expect a tenth of the feed and scan it all
   * (42 ms instead of 0.5 ms for 20 items of 50 000).
   */
  List<LoadedFeedItem> findPage(PageRequest page, FeedFilter filter, FeedParts parts) {
    KeysetCursor after = page.after();
    var shape = new PageShape(parts, filter.section() != null, filter.kinds() != null, after != null);
    Binds binds = Binds.of(LIMIT, page.first() + 1);
    if (shape.inSection()) {
      binds.and(SECTION_SLUG, filter.section());
    }
    if (shape.ofKinds()) {
      binds.and(KINDS, filter.kinds().toArray(String[]::new));
    }
    if (shape.after()) {
      binds.and(AFTER_PUBLISHED_AT, after.publishedAt()).and(AFTER_ID, after.id());
    }

    List<LoadedFeedItem> found = new ArrayList<>(page.first() + 1);
    parts.articles().read(pages.fetch(shape, binds), row -> row.get(FEED_ITEM.ID),
        (row, article) -> found.add(toLoadedFeedItem(row, article, parts)));
    return found;
  }

  private static Select<?> pageQuery(PageShape shape) {
    var pageItems = select(FEED_ITEM.ID).from(itemsWithArticles()).where(published())
        .and(shape.inSection()
            ? FEED_ITEM.SECTION_ID.in(select(SECTION.ID).from(SECTION).where(SECTION.SLUG.eq(SECTION_SLUG)))
            : noCondition())
        .and(shape.ofKinds() ? FEED_ITEM.KIND.eq(any(KINDS)) : noCondition())
        .and(shape.after() ? row(FEED_ITEM.PUBLISHED_AT, FEED_ITEM.ID).lt(AFTER_PUBLISHED_AT, AFTER_ID) : noCondition())
        .orderBy(NEWEST_FIRST)
        .limit(LIMIT);

    FeedParts parts = shape.parts();
    List<SelectField<?>> columns = new ArrayList<>(ITEM_FIELDS);
    columns.addAll(parts.articles().columns());
    Table<?> items = parts.articles().join(itemsWithArticles());
    if (parts.thumbnails()) {
      columns.addAll(ImageRepository.imageFields(THUMBNAIL, parts.articles().optionalColumns()));
      items = items.leftJoin(THUMBNAIL).on(THUMBNAIL.ID.eq(FEED_ITEM.THUMBNAIL_IMAGE_ID));
    }
    List<SortField<?>> order = new ArrayList<>(NEWEST_FIRST);
    order.addAll(parts.articles().bylineOrder());
    return select(columns).from(items).where(FEED_ITEM.ID.eq(any(array(pageItems)))).orderBy(order);
  }

  public Map<Long, FeedItem> findPublishedByIds(Collection<Long> ids) {
    return db.select(ITEM_FIELDS).select(ArticleRepository.ARTICLE_FIELDS).from(itemsWithArticles())
        .where(published()).and(Keys.anyOf(FEED_ITEM.ID, ids))
        .fetchMap(FEED_ITEM.ID, row -> toFeedItem(row, row.get(ARTICLE.ID) == null ? null
            : ArticleRepository.toArticle(row)));
  }

  /** Feed items with their article, when it is published. */
  private static Table<?> itemsWithArticles() {
    return FEED_ITEM.leftJoin(ARTICLE).on(ARTICLE.ID.eq(FEED_ITEM.ARTICLE_ID))
        .and(Published.asOfNow(ARTICLE.PUBLISHED_AT));
  }

  private static Condition published() {
    return Published.asOfNow(FEED_ITEM.PUBLISHED_AT).and(FEED_ITEM.KIND.ne("ARTICLE").or(ARTICLE.ID.isNotNull()));
  }

  private static LoadedFeedItem toLoadedFeedItem(Record row, LoadedArticle article, FeedParts parts) {
    var thumbnail = parts.thumbnails() && row.get(THUMBNAIL.ID) != null
        ? ImageRepository.toImage(row, THUMBNAIL, parts.articles().optionalColumns()) : null;
    return new LoadedFeedItem(toFeedItem(row, article == null ? null : article.article()), article, thumbnail);
  }

  private static FeedItem toFeedItem(Record row, Article article) {
    long id = row.get(FEED_ITEM.ID);
    return switch (row.get(FEED_ITEM.KIND)) {
      case "ARTICLE" -> new ArticleFeedItem(id, row.get(FEED_ITEM.PUBLISHED_AT), row.get(FEED_ITEM.TITLE),
          row.get(FEED_ITEM.SECTION_ID), article);
      case "VIDEO" -> new VideoFeedItem(id, row.get(FEED_ITEM.PUBLISHED_AT), row.get(FEED_ITEM.TITLE),
          row.get(FEED_ITEM.SECTION_ID), row.get(FEED_ITEM.VIDEO_URL), row.get(FEED_ITEM.DURATION_SECONDS),
          row.get(FEED_ITEM.THUMBNAIL_IMAGE_ID));
      case "NOTE" -> new NoteFeedItem(id, row.get(FEED_ITEM.PUBLISHED_AT), row.get(FEED_ITEM.TITLE),
          row.get(FEED_ITEM.SECTION_ID), row.get(FEED_ITEM.BODY), article);
      default -> throw new IllegalStateException("Unknown feed item kind " + row.get(FEED_ITEM.KIND));
    };
  }
}
