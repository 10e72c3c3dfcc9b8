package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.ARTICLE_BYLINE;
import static news.gateway.jooq.Tables.AUTHOR;
import static news.gateway.jooq.Tables.IMAGE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.trueCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import news.gateway.author.AuthorRepository;
import news.gateway.batch.AskedFields;
import news.gateway.batch.OptionalColumns;
import news.gateway.image.ImageRepository;
import news.gateway.jooq.Routines;
import news.gateway.sql.Published;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Which parts of an article a query asks for with it (its bylines, hero image, body), and how they join the
 * statement that loads the article: the picture as columns, the bylines as one row each, published authors only,
 * in byline order, and the body's visible blocks computed once per article; the articles, bylines and pictures
 * with the request's {@link OptionalColumns}. Read back as {@link LoadedArticle}s.
 */
public record ArticleParts(boolean bylines, boolean heroImage, boolean body, OptionalColumns optionalColumns) {

  public static final ArticleParts NONE = new ArticleParts(false, false, false, OptionalColumns.NONE);

  private static final String BODY = "body";
  private static final Field<JSONB> VISIBLE_BLOCKS = field(name(BODY, "visible_blocks"), JSONB.class);

  public static ArticleParts askedBy(AskedFields article) {
    return new ArticleParts(article.contains("authors"), article.contains("heroImage"),
        article.contains("body") || article.contains("blocks"), article.columns());
  }

  public ArticleParts or(ArticleParts other) {
    return new ArticleParts(bylines || other.bylines, heroImage || other.heroImage, body || other.body,
        optionalColumns.or(other.optionalColumns));
  }

  /** {@code articles} joined with the tables of the asked parts; it must contain {@code ARTICLE}. */
  public Table<?> join(Table<?> articles) {
    return join(articles, false);
  }

  /**
   * As {@link #join(Table)}, for a statement that reads a handful of bylines: each byline looks its author up by
   * key. Planned once for any number of articles, the statement hashes every published author for its bylines;
   * for a page of cards that is cheapest, for one article's related stories it was a quarter of the statement
   * (generic plans, 0.69-0.86 against 0.49-0.55 ms per article page).
   */
  public Table<?> joinForFewBylines(Table<?> articles) {
    return join(articles, true);
  }

  private Table<?> join(Table<?> articles, boolean fewBylines) {
    Table<?> joined = articles;
    if (body) {
      // `offset 0` keeps PostgreSQL from pulling the subquery up into the select list, where it would run once
      // per byline row rather than once per article
      joined = joined.crossJoin(lateral(select(Routines.articleVisibleBlocks(ARTICLE.BLOCKS)
          .as(VISIBLE_BLOCKS.getName())).offset(0)).as(BODY));
    }
    if (heroImage) {
      joined = joined.leftJoin(IMAGE).on(IMAGE.ID.eq(ARTICLE.HERO_IMAGE_ID));
    }
    if (bylines) {
      joined = joined.leftJoin(ARTICLE_BYLINE).on(ARTICLE_BYLINE.ARTICLE_ID.eq(ARTICLE.ID));
      Condition publishedAuthor = AUTHOR.ID.eq(ARTICLE_BYLINE.AUTHOR_ID).and(Published.asOfNow(AUTHOR.PUBLISHED_AT));
      // `offset 0`, as for the body: pulled up, the lookup would be planned as the join again
      joined = fewBylines
          ? joined.leftJoin(lateral(selectFrom(AUTHOR).where(publishedAuthor).offset(0))
              .as(AUTHOR.getUnqualifiedName())).on(trueCondition())
          : joined.leftJoin(AUTHOR).on(publishedAuthor);
    }
    return joined;
  }

  /** The article's columns and those of the asked parts. */
  public List<SelectField<?>> columns() {
    return columns(body);
  }

  /**
   * As {@link #columns()}, with the body's column last whenever {@code bodyColumn}, null if the body is not asked:
   * the columns of a union's statement that does not read the body where the other one does.
   */
  public List<SelectField<?>> columns(boolean bodyColumn) {
    List<SelectField<?>> columns = new ArrayList<>(ArticleRepository.articleFields(optionalColumns));
    if (heroImage) {
      columns.addAll(ImageRepository.imageFields(IMAGE, optionalColumns));
    }
    if (bylines) {
      columns.addAll(AuthorRepository.authorFields(optionalColumns));
    }
    if (bodyColumn) {
      columns.add(body ? VISIBLE_BLOCKS : DSL.val(null, VISIBLE_BLOCKS.getDataType()).as(VISIBLE_BLOCKS));
    }
    return columns;
  }

  /** Appended to the statement's own order: an article's byline rows in byline order. */
  public List<SortField<?>> bylineOrder() {
    return bylines ? List.of(ARTICLE_BYLINE.POSITION.asc()) : List.of();
  }

  /**
   * Reads rows in which each article's byline rows are consecutive: {@code first} gets the first row of each run
   * of rows with the same {@code key}, with the article read from it ({@code null} when the row has none, as
   * after a left join), and the run's further rows add their bylines to that article.
   */
  public <K> void read(Iterable<? extends Record> rows, Function<Record, K> key,
      BiConsumer<Record, LoadedArticle> first) {
    K currentKey = null;
    LoadedArticle current = null;
    for (Record row : rows) {
      K rowKey = key.apply(row);
      if (rowKey.equals(currentKey)) {
        addByline(current, row);
        continue;
      }
      currentKey = rowKey;
      current = row.get(ARTICLE.ID) == null ? null : read(row);
      first.accept(row, current);
    }
  }

  private LoadedArticle read(Record row) {
    JSONB visibleBlocks = body ? row.get(VISIBLE_BLOCKS) : null;
    LoadedArticle loaded = new LoadedArticle(ArticleRepository.toArticle(row, optionalColumns),
        bylines ? new ArrayList<>() : null,
        heroImage && row.get(IMAGE.ID) != null ? ImageRepository.toImage(row, IMAGE, optionalColumns) : null,
        visibleBlocks == null ? null : visibleBlocks.data());
    addByline(loaded, row);
    return loaded;
  }

  private void addByline(LoadedArticle loaded, Record row) {
    if (bylines && loaded != null && row.get(AUTHOR.ID) != null) {
      loaded.authors().add(AuthorRepository.toAuthor(row, optionalColumns));
    }
  }
}
