package news.gateway.image;

import static news.gateway.jooq.Tables.IMAGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import news.gateway.batch.OptionalColumns;
import news.gateway.sql.Keys;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
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

  /**
   * The columns of {@code image}, the table or an alias of it: those every image is read with, and its
   * description when the request asks for it.
   */
  public static List<SelectField<?>> imageFields(news.gateway.jooq.tables.Image image, OptionalColumns columns) {
    List<SelectField<?>> fields = new ArrayList<>(List.of(image.ID, image.URL, image.WIDTH, image.HEIGHT));
    if (columns.imageDescription()) {
      fields.addAll(List.of(image.ALT_TEXT, image.CAPTION, image.CREDIT, image.FOCAL_X, image.FOCAL_Y));
    }
    return fields;
  }

  public static Image toImage(Record row) {
    return toImage(row, IMAGE, OptionalColumns.ALL);
  }

  /** The image in a row read with {@link #imageFields} of {@code image} and these columns. */
  public static Image toImage(Record row, news.gateway.jooq.tables.Image image, OptionalColumns columns) {
    boolean description = columns.imageDescription();
    return new Image(row.get(image.ID), row.get(image.URL), row.get(image.WIDTH), row.get(image.HEIGHT),
        description ? row.get(image.ALT_TEXT) : null, description ? row.get(image.CAPTION) : null,
        description ? row.get(image.CREDIT) : null, description ? row.get(image.FOCAL_X) : null,
        description ? row.get(image.FOCAL_Y) : null);
  }
}
