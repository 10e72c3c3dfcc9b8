package news.gateway.sql;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jooq.Context;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * A statement whose SQL jOOQ renders once per shape instead of on every run: rendering the typed query tree was
 * 12 % of the gateway's CPU on the benchmark's pages, for text that only changes with the parts a query asks
 * for. Each shape's query is built with named {@link #placeholder}s, rendered the first time the shape is asked
 * for, and then run as that text with the run's {@link Binds}, its rows read through the typed query's own
 * fields, so callers read them as from the typed query. It is the technique jOOQ's author sketches in jOOQ/jOOQ#8320
 * (a plain SQL query coerced to the fields of the query that rendered it), with the text handed over in pieces
 * around its bind markers so that jOOQ need not scan it again. The shapes must be a small, closed set
 * (flags, not values): there is one rendering of each, kept for the life of the process. Values bound without a
 * name, such as a constant in a condition, are kept from that rendering too: every value that varies from run to
 * run must be a placeholder. Inlined values are refused, since they would not line up with the statement's binds.
 */
public final class RenderedQueries<S> {

  private final DSLContext db;
  private final Function<S, ? extends Select<?>> build;
  private final ConcurrentMap<S, Rendered> byShape = new ConcurrentHashMap<>();

  public RenderedQueries(DSLContext db, Function<S, ? extends Select<?>> build) {
    this.db = db;
    this.build = build;
  }

  /** A named value of the statement; each is bound once, so a query uses each placeholder once. */
  public static <T> Param<T> placeholder(String name, DataType<T> type) {
    return DSL.param(name, type);
  }

  public Result<Record> fetch(S shape, Binds binds) {
    return byShape.computeIfAbsent(shape, this::render).fetch(db, binds);
  }

  private Rendered render(S shape) {
    Select<?> query = build.apply(shape);
    String sql = db.render(query);
    List<Param<?>> params = List.copyOf(db.extractParams(query).values());
    if (params.stream().anyMatch(Param::isInline)) {
      throw new IllegalStateException("an inlined value in " + sql);
    }
    // jOOQ lists a named parameter once however often it is bound: the parameters would not match the `?` in order
    if (params.size() != db.extractBindValues(query).size()) {
      throw new IllegalStateException("a placeholder is used more than once in " + sql);
    }
    String[] between = between(sql, params);
    // the select list itself: Select.fields() are the columns as seen from outside, as a derived table
    return new Rendered(sql, between, query.getSelect().toArray(Field<?>[]::new), params);
  }

  /**
   * The text around each parameter's own rendering (a marker, with the cast jOOQ puts on it), so that a run
   * that renders its values in those places sends the text unchanged; checked by rendering such a run once.
   */
  private String[] between(String sql, List<Param<?>> params) {
    String[] between = new String[params.size() + 1];
    int from = 0;
    for (int i = 0; i < params.size(); i++) {
      String marker = db.render(params.get(i));
      int at = sql.indexOf(marker, from);
      if (at < 0) {
        throw new IllegalStateException("no " + marker + " for parameter " + (i + 1) + " in " + sql);
      }
      between[i] = sql.substring(from, at);
      from = at + marker.length();
    }
    between[params.size()] = sql.substring(from);
    String rerendered = db.render(new RenderedStatement(between, params.toArray(Param<?>[]::new)));
    if (!rerendered.equals(sql)) {
      throw new IllegalStateException("the parameters do not render in their places: " + rerendered + " is not " + sql);
    }
    return between;
  }

  /**
   * The text, the text between its bind markers, the typed fields it selects and its parameters in bind order
   * (placeholders and constants).
   */
  private record Rendered(String sql, String[] between, Field<?>[] fields, List<Param<?>> params) {

    Result<Record> fetch(DSLContext db, Binds binds) {
      Param<?>[] values = new Param<?>[params.size()];
      for (int i = 0; i < values.length; i++) {
        Param<?> param = params.get(i);
        values[i] = param.getParamName() == null ? param : bound(param, binds);
      }
      return db.resultQuery("{0}", new RenderedStatement(between, values)).coerce(fields).fetch();
    }

    private <T> Param<T> bound(Param<T> placeholder, Binds binds) {
      return DSL.val(binds.valueOf(placeholder.getParamName(), sql), placeholder.getDataType());
    }
  }

  /**
   * One run of a rendered text: the text between its bind markers as it stands, and the run's values in the
   * markers' places. Handed to jOOQ as plain SQL, the text would be scanned character by character twice per
   * run, for markers and templates (4 % of the gateway's CPU on the article page).
   */
  private static final class RenderedStatement extends CustomQueryPart {

    private final String[] between;
    private final Param<?>[] values;

    RenderedStatement(String[] between, Param<?>[] values) {
      this.between = between;
      this.values = values;
    }

    @Override
    public void accept(Context<?> context) {
      // literal: the text is not re-indented or searched for line breaks
      context.sql(between[0], true);
      for (int i = 0; i < values.length; i++) {
        context.visit(values[i]);
        context.sql(between[i + 1], true);
      }
    }
  }
}
