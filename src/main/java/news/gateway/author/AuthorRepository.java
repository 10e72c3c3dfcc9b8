package news.gateway.author;

import static news.gateway.jooq.Tables.ARTICLE_BYLINE;
import static news.gateway.jooq.Tables.AUTHOR;
import static news.gateway.jooq.Tables.FEED_ITEM_PRESENTER;
import static org.jooq.impl.DSL.row;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.gateway.sql.Keys;
import news.gateway.sql.Published;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class AuthorRepository {

  private final DSLContext db;

  public AuthorRepository(DSLContext db) {
    this.db = db;
  }

  public Optional<Author> findPublishedBySlug(String slug) {
    return db.selectFrom(AUTHOR)
        .where(AUTHOR.SLUG.eq(slug)).and(Published.asOfNow(AUTHOR.PUBLISHED_AT))
        .fetchOptional(AuthorRepository::toAuthor);
  }

  /** Published authors by name then id, after the cursor if any; {@code limit} rows at most. */
  public List<Author> findPublishedPage(int limit, AuthorCursor after) {
    return db.selectFrom(AUTHOR)
        .where(Published.asOfNow(AUTHOR.PUBLISHED_AT))
        .and(after == null ? DSL.noCondition() : row(AUTHOR.NAME, AUTHOR.ID).gt(after.name(), after.id()))
        .orderBy(AUTHOR.NAME, AUTHOR.ID)
        .limit(limit)
        .fetch(AuthorRepository::toAuthor);
  }

  public Map<Long, Author> findPublishedByIds(Collection<Long> ids) {
    return db.selectFrom(AUTHOR)
        .where(Keys.anyOf(AUTHOR.ID, ids)).and(Published.asOfNow(AUTHOR.PUBLISHED_AT))
        .fetchMap(AUTHOR.ID, AuthorRepository::toAuthor);
  }

  /** The published authors of each article, in byline order; an empty list when there are none. */
  public Map<Long, List<Author>> findBylines(Collection<Long> articleIds) {
    Map<Long, List<Author>> bylines = emptyLists(articleIds);
    db.select(ARTICLE_BYLINE.ARTICLE_ID).select(AUTHOR.fields())
        .from(ARTICLE_BYLINE).join(AUTHOR).on(AUTHOR.ID.eq(ARTICLE_BYLINE.AUTHOR_ID))
        .where(Keys.anyOf(ARTICLE_BYLINE.ARTICLE_ID, articleIds)).and(Published.asOfNow(AUTHOR.PUBLISHED_AT))
        .orderBy(ARTICLE_BYLINE.ARTICLE_ID, ARTICLE_BYLINE.POSITION)
        .forEach(row -> bylines.get(row.get(ARTICLE_BYLINE.ARTICLE_ID)).add(toAuthor(row)));
    return bylines;
  }

  /** The published presenters of each video feed item, in credit order. */
  public Map<Long, List<Author>> findPresenters(Collection<Long> feedItemIds) {
    Map<Long, List<Author>> presenters = emptyLists(feedItemIds);
    db.select(FEED_ITEM_PRESENTER.FEED_ITEM_ID).select(AUTHOR.fields())
        .from(FEED_ITEM_PRESENTER).join(AUTHOR).on(AUTHOR.ID.eq(FEED_ITEM_PRESENTER.AUTHOR_ID))
        .where(Keys.anyOf(FEED_ITEM_PRESENTER.FEED_ITEM_ID, feedItemIds)).and(Published.asOfNow(AUTHOR.PUBLISHED_AT))
        .orderBy(FEED_ITEM_PRESENTER.FEED_ITEM_ID, FEED_ITEM_PRESENTER.POSITION)
        .forEach(row -> presenters.get(row.get(FEED_ITEM_PRESENTER.FEED_ITEM_ID)).add(toAuthor(row)));
    return presenters;
  }

  private static Map<Long, List<Author>> emptyLists(Collection<Long> keys) {
    Map<Long, List<Author>> lists = new HashMap<>();
    keys.forEach(key -> lists.put(key, new ArrayList<>()));
    return lists;
  }

  public static Author toAuthor(Record row) {
    return new Author(row.get(AUTHOR.ID), row.get(AUTHOR.SLUG), row.get(AUTHOR.NAME), row.get(AUTHOR.JOB_TITLE),
        row.get(AUTHOR.BIO), row.get(AUTHOR.AVATAR_IMAGE_ID));
  }
}
