package news.gateway.tag;

import static news.gateway.jooq.Tables.ARTICLE_TAG;
import static news.gateway.jooq.Tables.TAG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.gateway.sql.Keys;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class TagRepository {

  private final DSLContext db;

  public TagRepository(DSLContext db) {
    this.db = db;
  }

  public Optional<Tag> findBySlug(String slug) {
    return db.selectFrom(TAG).where(TAG.SLUG.eq(slug)).fetchOptional(TagRepository::toTag);
  }

  public Map<Long, Tag> findByIds(Collection<Long> ids) {
    return db.selectFrom(TAG).where(Keys.anyOf(TAG.ID, ids)).fetchMap(TAG.ID, TagRepository::toTag);
  }

  /** The tags of each article, in editorial order; an empty list for an untagged article. */
  public Map<Long, List<Tag>> findByArticleIds(Collection<Long> articleIds) {
    Map<Long, List<Tag>> tags = new HashMap<>();
    articleIds.forEach(id -> tags.put(id, new ArrayList<>()));
    db.select(ARTICLE_TAG.ARTICLE_ID, TAG.ID, TAG.SLUG, TAG.NAME)
        .from(ARTICLE_TAG).join(TAG).on(TAG.ID.eq(ARTICLE_TAG.TAG_ID))
        .where(Keys.anyOf(ARTICLE_TAG.ARTICLE_ID, articleIds))
        .orderBy(ARTICLE_TAG.ARTICLE_ID, ARTICLE_TAG.POSITION)
        .forEach(row -> tags.get(row.get(ARTICLE_TAG.ARTICLE_ID)).add(toTag(row)));
    return tags;
  }

  static Tag toTag(Record row) {
    return new Tag(row.get(TAG.ID), row.get(TAG.SLUG), row.get(TAG.NAME));
  }
}
