package news.gateway.author;

import static news.gateway.jooq.Tables.ARTICLE_BYLINE;
import static news.gateway.jooq.Tables.AUTHOR;
import static news.gateway.jooq.Tables.FEED_ITEM_PRESENTER;
import static news.gateway.sql.RenderedQueries.placeholder;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import news.gateway.batch.OptionalColumns;
import news.gateway.sql.Binds;
import news.gateway.sql.Keys;
import news.gateway.sql.Published;
import news.gateway.sql.RenderedQueries;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class AuthorRepository {

  private static final List<SelectField<?>> ALWAYS_READ =
      List.of(AUTHOR.ID, AUTHOR.SLUG, AUTHOR.NAME, AUTHOR.AVATAR_IMAGE_ID);
  private static final List<SelectField<?>> WITH_PROFILE =
      Stream.concat(ALWAYS_READ.stream(), Stream.of(AUTHOR.JOB_TITLE, AUTHOR.BIO)).toList();
  private static final Param<Long[]> CREDITED_IDS = placeholder("creditedIds", Keys.BIGINT_ARRAY);

  /** The tables that credit authors with something, in order: bylines of articles, presenters of videos. */
  private enum Credits {
    BYLINES(ARTICLE_BYLINE, ARTICLE_BYLINE.ARTICLE_ID, ARTICLE_BYLINE.AUTHOR_ID, ARTICLE_BYLINE.POSITION),
    PRESENTERS(FEED_ITEM_PRESENTER, FEED_ITEM_PRESENTER.FEED_ITEM_ID, FEED_ITEM_PRESENTER.AUTHOR_ID,
        FEED_ITEM_PRESENTER.POSITION);

    final Table<?> table;
    final Field<Long> creditedId;
    final Field<Long> authorId;
    final Field<Short> position;

    Credits(Table<?> table, Field<Long> creditedId, Field<Long> authorId, Field<Short> position) {
      this.table = table;
      this.creditedId = creditedId;
      this.authorId = authorId;
      this.position = position;
    }
  }

  private final DSLContext db;
  private final RenderedQueries<Credits> creditsBy;

  public AuthorRepository(DSLContext db) {
    this.db = db;
    this.creditsBy = new RenderedQueries<>(db, AuthorRepository::creditsQuery);
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
    return findCredited(Credits.BYLINES, articleIds);
  }

  /** The published presenters of each video feed item, in credit order. */
  public Map<Long, List<Author>> findPresenters(Collection<Long> feedItemIds) {
    return findCredited(Credits.PRESENTERS, feedItemIds);
  }

  private Map<Long, List<Author>> findCredited(Credits credits, Collection<Long> creditedIds) {
    Map<Long, List<Author>> authors = emptyLists(creditedIds);
    for (Record row : creditsBy.fetch(credits, Binds.of(CREDITED_IDS, Keys.array(creditedIds)))) {
      authors.get(row.get(credits.creditedId)).add(toAuthor(row));
    }
    return authors;
  }

  private static Select<?> creditsQuery(Credits credits) {
    return select(credits.creditedId).select(AUTHOR.fields())
        .from(credits.table).join(AUTHOR).on(AUTHOR.ID.eq(credits.authorId))
        .where(credits.creditedId.eq(any(CREDITED_IDS))).and(Published.asOfNow(AUTHOR.PUBLISHED_AT))
        .orderBy(credits.creditedId, credits.position);
  }

  private static Map<Long, List<Author>> emptyLists(Collection<Long> keys) {
    Map<Long, List<Author>> lists = new HashMap<>();
    keys.forEach(key -> lists.put(key, new ArrayList<>()));
    return lists;
  }

  /** An author's columns: those every author is read with, and the profile when the request asks for it. */
  public static List<SelectField<?>> authorFields(OptionalColumns columns) {
    return columns.authorProfile() ? WITH_PROFILE : ALWAYS_READ;
  }

  public static Author toAuthor(Record row) {
    return toAuthor(row, OptionalColumns.ALL);
  }

  /** The author in a row read with {@link #authorFields} of these columns. */
  public static Author toAuthor(Record row, OptionalColumns columns) {
    boolean profile = columns.authorProfile();
    return new Author(row.get(AUTHOR.ID), row.get(AUTHOR.SLUG), row.get(AUTHOR.NAME),
        profile ? row.get(AUTHOR.JOB_TITLE) : null, profile ? row.get(AUTHOR.BIO) : null,
        row.get(AUTHOR.AVATAR_IMAGE_ID));
  }
}
