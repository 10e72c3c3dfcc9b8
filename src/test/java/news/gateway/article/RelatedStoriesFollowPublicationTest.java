package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.ARTICLE_TAG;
import static news.gateway.jooq.Tables.RELATED_STORIES;
import static news.gateway.jooq.Tables.TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import news.gateway.support.GatewayTest;
import news.gateway.support.RolledBackTransaction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The top-up by shared tags reads an article's publication time off its tags (changeset 008), where triggers keep
 * it: publishing, scheduling and tagging an article must move it in and out of other articles' related stories
 * at once. Each test works in a transaction it rolls back, so the demo content stays as it is; as it is, the
 * lighthouse article's related stories are the three of {@link RelatedArticlesTest}'s article without picks.
 */
@GatewayTest
class RelatedStoriesFollowPublicationTest {

  private static final String LIGHTHOUSE = "lighthouse-keepers-diaries-become-a-surprise-bestseller";
  private static final String NOVELIST = "the-novelist-who-writes-only-on-the-night-ferry";
  private static final String CENTENARY = "kellsport-centenary-celebrations-the-full-programme";
  /** Four tags. */
  private static final String BUDGET = "what-the-new-budget-means-for-renters";
  private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

  @Autowired
  DataSource dataSource;

  private RolledBackTransaction transaction;
  private DSLContext db;

  @BeforeEach
  void beginTransaction() throws Exception {
    transaction = RolledBackTransaction.begin(dataSource);
    db = transaction.db();
  }

  @AfterEach
  void rollBack() throws Exception {
    transaction.close();
  }

  @Test
  void aStoryScheduledForLaterLeavesAndAStoryPublishedNowComesFirst() {
    db.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, NOW.plusYears(1)).set(ARTICLE.UPDATED_AT, NOW.plusYears(1))
        .where(ARTICLE.SLUG.eq(NOVELIST)).execute();
    db.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, NOW.minusMinutes(1)).set(ARTICLE.UPDATED_AT, NOW)
        .where(ARTICLE.SLUG.eq(CENTENARY)).execute();

    assertThat(relatedTo(LIGHTHOUSE)).containsExactly(CENTENARY,
        "valparaiso-rebuilds-its-funiculars-one-carriage-at-a-time", "the-independent-cinema-that-refused-to-close");
  }

  @Test
  void aTagGivenToAnArticleCarriesItsPublicationTime() {
    long film = db.select(TAG.ID).from(TAG).where(TAG.SLUG.eq("film")).fetchSingle(TAG.ID);
    db.insertInto(ARTICLE_TAG, ARTICLE_TAG.ARTICLE_ID, ARTICLE_TAG.POSITION, ARTICLE_TAG.TAG_ID)
        .values(idOf(LIGHTHOUSE), (short) 2, film).execute();

    assertThat(db.select(ARTICLE_TAG.ARTICLE_PUBLISHED_AT).from(ARTICLE_TAG)
        .where(ARTICLE_TAG.ARTICLE_ID.eq(idOf(LIGHTHOUSE)).and(ARTICLE_TAG.TAG_ID.eq(film)))
        .fetchSingle(ARTICLE_TAG.ARTICLE_PUBLISHED_AT))
        .isEqualTo(OffsetDateTime.parse("2026-09-10T16:20:00Z"));
    // the cinema now shares heritage and film; the arts festival shares film
    assertThat(relatedTo(LIGHTHOUSE)).containsExactly("the-independent-cinema-that-refused-to-close", NOVELIST,
        "valparaiso-rebuilds-its-funiculars-one-carriage-at-a-time", "harbour-arts-festival-draws-record-crowds");
  }

  @Test
  void publishingAnArticleWritesItsTimeOnItsTagsWithoutLookingItUpOncePerTag() {
    db.set(name("track_functions"), inline("pl")).execute();
    OffsetDateTime republished = OffsetDateTime.parse("2026-10-01T08:00:00Z");

    db.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, republished).where(ARTICLE.SLUG.eq(BUDGET)).execute();

    assertThat(db.select(ARTICLE_TAG.ARTICLE_PUBLISHED_AT).from(ARTICLE_TAG)
        .where(ARTICLE_TAG.ARTICLE_ID.eq(idOf(BUDGET))).fetch(ARTICLE_TAG.ARTICLE_PUBLISHED_AT))
        .containsExactly(republished, republished, republished, republished);
    assertThat(callsInThisTransaction("article_give_publication_to_tags")).isEqualTo(1);
    assertThat(callsInThisTransaction("article_tag_take_publication")).isZero();
  }

  @Test
  void aPublicationTimeWrittenOnATagByHandIsTheArticlesAgain() {
    db.update(ARTICLE_TAG).set(ARTICLE_TAG.ARTICLE_PUBLISHED_AT, NOW.plusYears(1))
        .where(ARTICLE_TAG.ARTICLE_ID.eq(idOf(NOVELIST))).execute();

    assertThat(relatedTo(LIGHTHOUSE)).containsExactly(NOVELIST,
        "valparaiso-rebuilds-its-funiculars-one-carriage-at-a-time", "the-independent-cinema-that-refused-to-close");
  }

  private List<String> relatedTo(String slug) {
    var ranked = RELATED_STORIES(new Long[] {idOf(slug)}, 4);
    return db.select(ARTICLE.SLUG).from(ranked).join(ARTICLE).on(ARTICLE.ID.eq(ranked.RELATED_ID))
        .orderBy(ranked.RANK).fetch(ARTICLE.SLUG);
  }

  /**
   * A tag row written while its article was being retracted, in another transaction, can keep the old time
   * (here: the retraction made with triggers off). The ranking then still offers the story; the stories shown
   * are checked against the article itself.
   */
  @Test
  void aRetractedStoryWhoseTagsStillCarryItsTimeIsNotShown() {
    db.set(name("session_replication_role"), inline("replica")).execute();
    db.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, (OffsetDateTime) null).where(ARTICLE.SLUG.eq(NOVELIST)).execute();
    db.set(name("session_replication_role"), inline("origin")).execute();
    assertThat(relatedTo(LIGHTHOUSE)).contains(NOVELIST);

    RelatedArticlesKey key = new RelatedArticlesKey(idOf(LIGHTHOUSE), 4, ArticleParts.NONE);
    assertThat(new RelatedArticleRepository(db).findRelated(List.of(key)).get(key))
        .extracting(story -> story.article().slug())
        .containsExactly("valparaiso-rebuilds-its-funiculars-one-carriage-at-a-time",
            "the-independent-cinema-that-refused-to-close");
  }

  /** The calls of a function PostgreSQL counted in the open transaction (with track_functions on; no row: none). */
  private long callsInThisTransaction(String function) {
    Table<?> counted = table(name("pg_catalog", "pg_stat_xact_user_functions"));
    Field<Long> calls = field(name("calls"), Long.class);
    return db.select(calls).from(counted).where(field(name("funcname"), String.class).eq(function))
        .fetchOptional(calls).orElse(0L);
  }

  private long idOf(String slug) {
    return db.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.SLUG.eq(slug)).fetchSingle(ARTICLE.ID);
  }
}
