package news.gateway.search;

import static news.gateway.article.ArticleRepository.ARTICLE_FIELDS;
import static news.gateway.jooq.Tables.ARTICLE;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import java.util.List;
import news.gateway.article.ArticleCriteria;
import news.gateway.article.ArticleRepository;
import news.gateway.jooq.Routines;
import news.gateway.sql.Published;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Ranked full-text search over published articles (the generated `search_vector`, GIN-indexed). The page is
 * chosen first; only its rows get the costly highlight.
 */
@Repository
public class SearchRepository {

  private final DSLContext db;

  public SearchRepository(DSLContext db) {
    this.db = db;
  }

  /** Up to {@code first + 1} hits, best first: the extra one tells that a next page exists. */
  List<SearchHit> findPage(SearchRequest request) {
    Field<String> text = val(request.text());
    Field<Float> rank = Routines.articleRank(ARTICLE.SEARCH_VECTOR, text).as("rank");
    RankCursor after = request.after();
    Table<?> hits = select(ARTICLE.ID, rank).from(ARTICLE)
        .where(Routines.articleMatches(ARTICLE.SEARCH_VECTOR, text))
        .and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .and(ArticleCriteria.of(request.filter()))
        .and(after == null ? DSL.noCondition()
            : row(Routines.articleRank(ARTICLE.SEARCH_VECTOR, text), ARTICLE.ID).lt(after.rank(), after.id()))
        .orderBy(rank.desc(), ARTICLE.ID.desc())
        .limit(request.first() + 1)
        .asTable("hit");
    Field<Long> hitId = hits.field(ARTICLE.ID);
    Field<Float> hitRank = hits.field(rank);
    Field<String> highlight = Routines.articleHighlight(ARTICLE.STANDFIRST, ARTICLE.BLOCKS, text);
    return db.select(ARTICLE_FIELDS).select(hitRank, highlight)
        .from(hits).join(ARTICLE).on(ARTICLE.ID.eq(hitId))
        .orderBy(hitRank.desc(), ARTICLE.ID.desc())
        .fetch(row -> new SearchHit(ArticleRepository.toArticle(row), row.get(hitRank), row.get(highlight)));
  }
}
