package news.gateway.image;

import static news.gateway.jooq.Routines.articleBlockImageIds;
import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.AUTHOR;
import static news.gateway.jooq.Tables.FEED_ITEM;
import static news.gateway.jooq.Tables.IMAGE;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import news.gateway.batch.OptionalColumns;
import news.gateway.sql.Keys;
import news.gateway.sql.Published;
import org.jooq.Condition;
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

  /** For relations of content already published: an article's hero image, an author's avatar, a body picture. */
  public Map<Long, Image> findByIds(Collection<Long> ids) {
    return db.selectFrom(IMAGE).where(Keys.anyOf(IMAGE.ID, ids)).fetchMap(IMAGE.ID, ImageRepository::toImage);
  }

  /**
   * For an image asked by its ID alone: only one that published content shows. Image IDs count up from 1, so
   * without this anyone could read the pictures of embargoed articles and unpublished videos.
   */
  public Map<Long, Image> findShownByIds(Collection<Long> ids) {
    return db.selectFrom(IMAGE).where(Keys.anyOf(IMAGE.ID, ids)).and(shownByPublishedContent())
        .fetchMap(IMAGE.ID, ImageRepository::toImage);
  }

  private static Condition shownByPublishedContent() {
    return exists(selectOne().from(ARTICLE)
            .where(ARTICLE.HERO_IMAGE_ID.eq(IMAGE.ID)).and(Published.asOfNow(ARTICLE.PUBLISHED_AT)))
        .or(exists(selectOne().from(ARTICLE)
            .where(articleBlockImageIds(ARTICLE.BLOCKS).contains(array(IMAGE.ID)))
            .and(Published.asOfNow(ARTICLE.PUBLISHED_AT))))
        .or(exists(selectOne().from(AUTHOR)
            .where(AUTHOR.AVATAR_IMAGE_ID.eq(IMAGE.ID)).and(Published.asOfNow(AUTHOR.PUBLISHED_AT))))
        .or(exists(selectOne().from(FEED_ITEM)
            .where(FEED_ITEM.THUMBNAIL_IMAGE_ID.eq(IMAGE.ID)).and(Published.asOfNow(FEED_ITEM.PUBLISHED_AT))));
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
