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
    return toImage(row, IMAGE);
  }

  /** The image in the columns of {@code image}, the table or an alias of it. */
  public static Image toImage(Record row, news.gateway.jooq.tables.Image image) {
    return new Image(row.get(image.ID), row.get(image.URL), row.get(image.WIDTH), row.get(image.HEIGHT),
        row.get(image.ALT_TEXT), row.get(image.CAPTION), row.get(image.CREDIT), row.get(image.FOCAL_X),
        row.get(image.FOCAL_Y));
  }
}
