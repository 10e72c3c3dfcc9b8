package news.gateway.image;

import static news.gateway.jooq.Tables.IMAGE;

import java.util.Collection;
import java.util.Map;
import news.gateway.sql.Keys;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class ImageRepository {

  private final DSLContext db;

  public ImageRepository(DSLContext db) {
    this.db = db;
  }

  public Map<Long, Image> findByIds(Collection<Long> ids) {
    return db.selectFrom(IMAGE).where(Keys.anyOf(IMAGE.ID, ids)).fetchMap(IMAGE.ID, ImageRepository::toImage);
  }

  public static Image toImage(Record row) {
    return new Image(row.get(IMAGE.ID), row.get(IMAGE.URL), row.get(IMAGE.WIDTH), row.get(IMAGE.HEIGHT),
        row.get(IMAGE.ALT_TEXT), row.get(IMAGE.CAPTION), row.get(IMAGE.CREDIT), row.get(IMAGE.FOCAL_X),
        row.get(IMAGE.FOCAL_Y));
  }
}
