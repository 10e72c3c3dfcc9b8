package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.ARTICLE_BYLINE;
import static news.gateway.jooq.Tables.ARTICLE_TAG;
import static news.gateway.jooq.Tables.AUTHOR;
import static news.gateway.jooq.Tables.SECTION;
import static news.gateway.jooq.Tables.TAG;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.OffsetDateTime;
import news.gateway.sql.Published;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The conditions of an {@link ArticleFilter} on the `article` table, for lists and search alike. */
public final class ArticleCriteria {

  private ArticleCriteria() {}

  /** The criteria of a filter known when the statement is built: only those set become conditions. */
  public static Condition of(ArticleFilter filter) {
    Condition condition = DSL.noCondition();
    if (filter.section() != null) {
      condition = condition.and(inSection(val(filter.section())));
    }
    if (filter.tag() != null) {
      condition = condition.and(taggedWith(val(filter.tag())));
    }
    if (filter.author() != null) {
      condition = condition.and(bylinedBy(val(filter.author())));
    }
    if (filter.publishedAfter() != null) {
      condition = condition.and(ARTICLE.PUBLISHED_AT.ge(filter.publishedAfter()));
    }
    if (filter.publishedBefore() != null) {
      condition = condition.and(ARTICLE.PUBLISHED_AT.lt(filter.publishedBefore()));
    }
    return condition;
  }

  /** The criteria held in columns of another table (one filter per row); a null column matches everything. */
  public static Condition ofColumns(Field<String> section, Field<String> tag, Field<String> author,
      Field<OffsetDateTime> publishedAfter, Field<OffsetDateTime> publishedBefore) {
    return section.isNull().or(inSection(section))
        .and(tag.isNull().or(taggedWith(tag)))
        .and(author.isNull().or(bylinedBy(author)))
        .and(publishedAfter.isNull().or(ARTICLE.PUBLISHED_AT.ge(publishedAfter)))
        .and(publishedBefore.isNull().or(ARTICLE.PUBLISHED_AT.lt(publishedBefore)));
  }

  private static Condition inSection(Field<String> slug) {
    return ARTICLE.SECTION_ID.in(select(SECTION.ID).from(SECTION).where(SECTION.SLUG.eq(slug)));
  }

  private static Condition taggedWith(Field<String> slug) {
    return exists(selectOne().from(ARTICLE_TAG).join(TAG).on(TAG.ID.eq(ARTICLE_TAG.TAG_ID))
        .where(ARTICLE_TAG.ARTICLE_ID.eq(ARTICLE.ID)).and(TAG.SLUG.eq(slug)));
  }

  private static Condition bylinedBy(Field<String> slug) {
    return exists(selectOne().from(ARTICLE_BYLINE).join(AUTHOR).on(AUTHOR.ID.eq(ARTICLE_BYLINE.AUTHOR_ID))
        .where(ARTICLE_BYLINE.ARTICLE_ID.eq(ARTICLE.ID)).and(AUTHOR.SLUG.eq(slug))
        .and(Published.asOfNow(AUTHOR.PUBLISHED_AT)));
  }
}
