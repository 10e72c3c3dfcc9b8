package news.gateway.section;

import static news.gateway.jooq.Tables.SECTION;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import news.gateway.sql.Keys;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class SectionRepository {

  private final DSLContext db;

  public SectionRepository(DSLContext db) {
    this.db = db;
  }

  public Optional<Section> findBySlug(String slug) {
    return db.selectFrom(SECTION).where(SECTION.SLUG.eq(slug)).fetchOptional(SectionRepository::toSection);
  }

  public Map<Long, Section> findByIds(Collection<Long> ids) {
    return db.selectFrom(SECTION).where(Keys.anyOf(SECTION.ID, ids)).fetchMap(SECTION.ID, SectionRepository::toSection);
  }

  static Section toSection(Record row) {
    return new Section(row.get(SECTION.ID), row.get(SECTION.SLUG), row.get(SECTION.NAME),
        row.get(SECTION.DESCRIPTION));
  }
}
