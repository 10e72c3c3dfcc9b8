package news.gateway.sql;

import static news.gateway.jooq.Tables.AUTHOR;
import static news.gateway.jooq.Tables.FEED_ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.List;
import news.gateway.support.ExecutedStatements;
import news.gateway.support.GatewayTest;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@GatewayTest
@Import(ExecutedStatements.class)
class RenderedQueriesTest {

  private static final Param<Long[]> IDS = RenderedQueries.placeholder("ids", SQLDataType.BIGINT.array());
  private static final Param<String> SOME_OTHER = RenderedQueries.placeholder("someOther", SQLDataType.CLOB);
  private static final Param<Long> AFTER_ID = RenderedQueries.placeholder("afterId", SQLDataType.BIGINT);

  @Autowired
  DSLContext db;

  @Autowired
  ExecutedStatements statements;

  @Test
  void eachShapeIsRenderedOnceAndEveryRunReadsItsOwnValuesThroughTheTypedFields() {
    List<Boolean> rendered = new ArrayList<>();
    RenderedQueries<Boolean> authors = new RenderedQueries<>(db, byName -> {
      rendered.add(byName);
      return select(AUTHOR.ID, AUTHOR.NAME).from(AUTHOR).where(AUTHOR.ID.eq(any(IDS)))
          .orderBy(byName ? AUTHOR.NAME : AUTHOR.ID);
    });
    Long[] firstThree = db.select(AUTHOR.ID).from(AUTHOR).orderBy(AUTHOR.ID).limit(3).fetchArray(AUTHOR.ID);
    Long[] nextTwo = db.select(AUTHOR.ID).from(AUTHOR).orderBy(AUTHOR.ID).offset(3).limit(2).fetchArray(AUTHOR.ID);

    List<String> byId = authors.fetch(false, Binds.of(IDS, firstThree)).map(row -> row.get(AUTHOR.NAME));
    List<Long> nextById = authors.fetch(false, Binds.of(IDS, nextTwo)).map(row -> row.get(AUTHOR.ID));
    List<String> byName = authors.fetch(true, Binds.of(IDS, firstThree)).map(row -> row.get(AUTHOR.NAME));

    assertThat(rendered).containsExactly(false, true);
    assertThat(byId).isEqualTo(db.select(AUTHOR.NAME).from(AUTHOR).where(AUTHOR.ID.in(firstThree))
        .orderBy(AUTHOR.ID).fetch(AUTHOR.NAME));
    assertThat(nextById).containsExactly(nextTwo);
    assertThat(byName).isEqualTo(db.select(AUTHOR.NAME).from(AUTHOR).where(AUTHOR.ID.in(firstThree))
        .orderBy(AUTHOR.NAME).fetch(AUTHOR.NAME));
  }

  @Test
  void constantsOfTheQueryAreBoundWithThePlaceholdersInTheirOrder() {
    // a text constant, then a number placeholder: bound the other way round, the statement would fail
    RenderedQueries<String> notes = new RenderedQueries<>(db, shape -> select(FEED_ITEM.ID, FEED_ITEM.KIND)
        .from(FEED_ITEM).where(FEED_ITEM.KIND.eq("NOTE")).and(FEED_ITEM.ID.gt(AFTER_ID))
        .orderBy(FEED_ITEM.ID));
    long firstNote = db.select(FEED_ITEM.ID).from(FEED_ITEM).where(FEED_ITEM.KIND.eq("NOTE"))
        .orderBy(FEED_ITEM.ID).limit(1).fetchSingle().value1();

    List<Record> after = notes.fetch("notes after", Binds.of(AFTER_ID, firstNote));

    assertThat(after).isNotEmpty().allSatisfy(row -> assertThat(row.get(FEED_ITEM.KIND)).isEqualTo("NOTE"));
    assertThat(after).map(row -> row.get(FEED_ITEM.ID)).isEqualTo(db.select(FEED_ITEM.ID).from(FEED_ITEM)
        .where(FEED_ITEM.KIND.eq("NOTE")).and(FEED_ITEM.ID.gt(firstNote)).orderBy(FEED_ITEM.ID).fetch(FEED_ITEM.ID));
  }

  @Test
  void theStatementSentIsTheTypedQuerysOwnTextWithItsBindMarkers() {
    // a constant holding what plain SQL templates treat as markers: it must be bound, never read as one
    Select<?> query = select(AUTHOR.ID, AUTHOR.NAME).from(AUTHOR).where(AUTHOR.ID.eq(any(IDS)))
        .and(AUTHOR.NAME.ne("? {0} '--"));
    RenderedQueries<String> authors = new RenderedQueries<>(db, shape -> query);
    Long[] firstTwo = db.select(AUTHOR.ID).from(AUTHOR).orderBy(AUTHOR.ID).limit(2).fetchArray(AUTHOR.ID);
    int before = statements.count();

    List<Long> ids = authors.fetch("by id", Binds.of(IDS, firstTwo)).map(row -> row.get(AUTHOR.ID));

    assertThat(statements.sqlAfter(before)).containsExactly(db.render(query));
    assertThat(ids).containsExactlyInAnyOrder(firstTwo);
  }

  @Test
  void aRunWithoutAValueForAPlaceholderIsRefused() {
    RenderedQueries<String> authors = new RenderedQueries<>(db,
        shape -> select(AUTHOR.ID).from(AUTHOR).where(AUTHOR.ID.eq(any(IDS))));

    assertThatThrownBy(() -> authors.fetch("by id", Binds.of(SOME_OTHER, "a value for another placeholder")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value for the placeholder ids");
  }

  @Test
  void aQueryWithAnInlinedValueIsRefused() {
    RenderedQueries<String> authors = new RenderedQueries<>(db, shape -> select(AUTHOR.ID).from(AUTHOR)
        .where(AUTHOR.ID.eq(any(IDS))).and(AUTHOR.NAME.ne(inline("Nobody"))));

    assertThatThrownBy(() -> authors.fetch("inlined", Binds.of(IDS, new Long[] {1L})))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("an inlined value");
  }

  @Test
  void aQueryUsingAPlaceholderTwiceIsRefused() {
    RenderedQueries<String> authors = new RenderedQueries<>(db, shape -> select(AUTHOR.ID).from(AUTHOR)
        .where(AUTHOR.ID.eq(any(IDS))).or(AUTHOR.AVATAR_IMAGE_ID.eq(any(IDS))));

    assertThatThrownBy(() -> authors.fetch("twice", Binds.of(IDS, new Long[] {1L})))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than once");
  }
}
