package news.gateway.article;

import static news.gateway.article.ArticleRepository.ARTICLE_FIELDS;
import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.ARTICLE_TAG;
import static news.gateway.jooq.Tables.RELATED_ARTICLE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.jooq.tables.ArticleTag;
import news.gateway.sql.Published;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Row3;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Related stories of a page of articles in one statement. Per article: the editors' published picks in their
 * order; when those are fewer than asked, articles sharing tags with it, most shared tags first, then newest.
 * The top-up is computed only for articles whose picks fall short (a one-time filter per article).
 */
@Repository
public class RelatedArticleRepository {

  private static final int EDITORIAL = 0;
  private static final int SHARED_TAGS = 1;

  private final DSLContext db;

  public RelatedArticleRepository(DSLContext db) {
    this.db = db;
  }

  public Map<RelatedArticlesKey, List<Article>> findRelated(Collection<RelatedArticlesKey> keys) {
    List<RelatedArticlesKey> ordered = List.copyOf(keys);
    @SuppressWarnings("unchecked")
    Row3<Integer, Long, Integer>[] rows = new Row3[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      rows[i] = row(val(i), val(ordered.get(i).articleId()), val(ordered.get(i).first()));
    }
    Table<?> asked = values(rows).as("asked", "key_index", "article_id", "wanted");
    Field<Integer> keyIndex = asked.field("key_index", Integer.class);
    Field<Long> articleId = asked.field("article_id", Long.class);
    Field<Integer> wanted = asked.field("wanted", Integer.class);

    Table<Record4<Long, Integer, Integer, Integer>> candidates = editorialPicks(articleId)
        .unionAll(sharedTagTopUp(articleId, wanted))
        .asTable("candidate", "id", "source", "position", "shared_tags");
    Field<Integer> source = candidates.field("source", Integer.class);
    Field<Integer> position = candidates.field("position", Integer.class);
    Field<Integer> sharedTags = candidates.field("shared_tags", Integer.class);

    Table<?> related = lateral(select(ARTICLE_FIELDS).select(source, position, sharedTags)
        .from(candidates).join(ARTICLE).on(ARTICLE.ID.eq(candidates.field("id", Long.class)))
        .where(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .orderBy(source, position, sharedTags.desc(), ARTICLE.PUBLISHED_AT.desc(), ARTICLE.ID.desc())
        .limit(wanted)).as("related");

    Map<RelatedArticlesKey, List<Article>> result = new HashMap<>();
    ordered.forEach(key -> result.put(key, new ArrayList<>()));
    db.select(keyIndex).select(related.fields()).from(asked).crossJoin(related)
        .orderBy(keyIndex, related.field(source), related.field(position), related.field(sharedTags).desc(),
            related.field(ARTICLE.PUBLISHED_AT).desc(), related.field(ARTICLE.ID).desc())
        .forEach(row -> result.get(ordered.get(row.get(keyIndex))).add(ArticleRepository.toArticle(row)));
    return result;
  }

  private static org.jooq.Select<Record4<Long, Integer, Integer, Integer>> editorialPicks(Field<Long> articleId) {
    return select(RELATED_ARTICLE.RELATED_ARTICLE_ID, inline(EDITORIAL), RELATED_ARTICLE.POSITION.cast(Integer.class),
        inline(0))
        .from(RELATED_ARTICLE)
        .where(RELATED_ARTICLE.ARTICLE_ID.eq(articleId));
  }

  private static org.jooq.Select<Record4<Long, Integer, Integer, Integer>> sharedTagTopUp(Field<Long> articleId,
      Field<Integer> wanted) {
    ArticleTag mine = ARTICLE_TAG.as("mine");
    ArticleTag theirs = ARTICLE_TAG.as("theirs");
    Field<Integer> publishedPicks = selectCount().from(RELATED_ARTICLE)
        .join(ARTICLE).on(ARTICLE.ID.eq(RELATED_ARTICLE.RELATED_ARTICLE_ID))
        .where(RELATED_ARTICLE.ARTICLE_ID.eq(articleId)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT))
        .asField();
    return select(theirs.ARTICLE_ID, inline(SHARED_TAGS), inline(0), count())
        .from(mine).join(theirs).on(theirs.TAG_ID.eq(mine.TAG_ID))
        .where(mine.ARTICLE_ID.eq(articleId))
        .and(theirs.ARTICLE_ID.ne(articleId))
        .and(theirs.ARTICLE_ID.notIn(select(RELATED_ARTICLE.RELATED_ARTICLE_ID).from(RELATED_ARTICLE)
            .where(RELATED_ARTICLE.ARTICLE_ID.eq(articleId))))
        .and(publishedPicks.lt(wanted))
        .groupBy(theirs.ARTICLE_ID);
  }
}
