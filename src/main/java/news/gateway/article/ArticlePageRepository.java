package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.ARTICLE_BYLINE;
import static news.gateway.jooq.Tables.RELATED_STORIES;
import static news.gateway.sql.RenderedQueries.placeholder;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.gateway.jooq.tables.RelatedStories;
import news.gateway.sql.Binds;
import news.gateway.sql.Published;
import news.gateway.sql.RenderedQueries;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The article page in one statement: the article by slug with its parts, and below it, in the same rows, its
 * related stories with theirs, as {@link RelatedArticleRepository} ranks them. As a statement of its own, through
 * the DataLoader, the related stories took 0.15 of the 0.40 ms of database CPU an article page cost
 * (pg_stat_statements under the benchmark's load), and a DataLoader dispatch of the gateway's.
 */
@Repository
public class ArticlePageRepository {

  private static final Param<String> SLUG = placeholder("slug", ARTICLE.SLUG.getDataType());
  // The slug again, for the related stories' half: a placeholder is bound once.
  private static final Param<String> RELATED_TO = placeholder("relatedTo", ARTICLE.SLUG.getDataType());
  private static final Param<Integer> WANTED = placeholder("wanted", SQLDataType.INTEGER);
  /** 0 for the article's rows, the story's rank for a related story's. */
  private static final Field<Long> RANK = field(name("page_rank"), SQLDataType.BIGINT);
  private static final Field<Integer> BYLINE_POSITION = field(name("byline_position"), SQLDataType.INTEGER);
  /** The article again, in the related stories' half. */
  private static final news.gateway.jooq.tables.Article PAGE = ARTICLE.as("page");
  // Called with the article's column rather than a subquery, so PostgreSQL inlines the function into the
  // statement's plan; with a subquery for its argument it ran as a function of its own, planned on every call.
  private static final RelatedStories RANKED = RELATED_STORIES(array(PAGE.ID), WANTED);

  private final RenderedQueries<Shape> pageWith;

  public ArticlePageRepository(DSLContext db) {
    this.pageWith = new RenderedQueries<>(db, ArticlePageRepository::pageQuery);
  }

  /** The published article with that slug, its parts, and its related stories with theirs. */
  public Optional<ArticlePage> findPublishedBySlug(String slug, ArticleParts parts, RelatedArticlesAsked related) {
    // Both halves read every part either asks, except the body, so their columns line up.
    ArticleParts all = parts.or(related.parts());
    Shape shape = new Shape(all, new ArticleParts(all.bylines(), all.heroImage(), related.parts().body(),
        all.optionalColumns()));
    List<Record> articleRows = new ArrayList<>();
    List<Record> storyRows = new ArrayList<>();
    Binds binds = Binds.of(SLUG, slug).and(RELATED_TO, slug).and(WANTED, related.first());
    for (Record row : pageWith.fetch(shape, binds)) {
      (row.get(RANK) == 0 ? articleRows : storyRows).add(row);
    }
    List<LoadedArticle> found = new ArrayList<>(1);
    shape.article().read(articleRows, row -> row.get(ARTICLE.ID), (row, article) -> found.add(article));
    List<LoadedArticle> stories = new ArrayList<>(related.first());
    shape.stories().read(storyRows, row -> row.get(RANK), (row, story) -> stories.add(story));
    return found.stream().findFirst().map(article -> new ArticlePage(article, related.keyOf(article), stories));
  }

  private static Select<?> pageQuery(Shape shape) {
    boolean bodyColumn = shape.article().body();
    List<SelectField<?>> articleColumns = new ArrayList<>(shape.article().columns(bodyColumn));
    articleColumns.add(DSL.val(0L).as(RANK));
    List<SelectField<?>> storyColumns = new ArrayList<>(shape.stories().columns(bodyColumn));
    storyColumns.add(RANKED.RANK.as(RANK));
    List<SortField<?>> order = new ArrayList<>(List.of(RANK.asc()));
    if (shape.article().bylines()) {
      articleColumns.add(ARTICLE_BYLINE.POSITION.as(BYLINE_POSITION));
      storyColumns.add(ARTICLE_BYLINE.POSITION.as(BYLINE_POSITION));
      order.add(BYLINE_POSITION.asc());
    }
    return select(articleColumns).from(shape.article().join(ARTICLE))
        .where(ARTICLE.SLUG.eq(SLUG)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .unionAll(select(storyColumns)
            .from(shape.stories().joinForFewBylines(PAGE.crossJoin(lateral(RANKED))
                .join(ARTICLE).on(ARTICLE.ID.eq(RANKED.RELATED_ID))))
            .where(PAGE.SLUG.eq(RELATED_TO)).and(Published.asOfNow(PAGE.PUBLISHED_AT))
            .and(Published.asOfNow(ARTICLE.PUBLISHED_AT)))
        .orderBy(order);
  }

  /** The parts read with the article, and with its related stories. */
  private record Shape(ArticleParts article, ArticleParts stories) {}
}
