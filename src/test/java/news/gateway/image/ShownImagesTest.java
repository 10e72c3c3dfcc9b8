package news.gateway.image;

import static news.gateway.jooq.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import news.gateway.support.GatewayTest;
import news.gateway.support.RolledBackTransaction;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A picture shown only in an article's body is returned by its ID once the article is published, and not
 * before. Works in a transaction it rolls back; the demo's pictures 53-64 each sit in one published body.
 */
@GatewayTest
class ShownImagesTest {

  private static final long PICTURE = 53;
  private static final String BODY_OF_PICTURE = "seagrass-meadows-return-to-the-outer-bay";

  @Autowired
  DataSource dataSource;

  private RolledBackTransaction transaction;
  private DSLContext db;
  private ImageRepository images;

  @BeforeEach
  void beginTransaction() throws Exception {
    transaction = RolledBackTransaction.begin(dataSource);
    db = transaction.db();
    images = new ImageRepository(db);
  }

  @AfterEach
  void rollBack() throws Exception {
    transaction.close();
  }

  @Test
  void aPictureInAPublishedBodyIsShown() {
    assertThat(images.findShownByIds(List.of(PICTURE))).containsOnlyKeys(PICTURE);
  }

  @Test
  void aPictureOnlyInADraftsBodyIsNotShownUntilTheDraftIsPublished() {
    db.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, (OffsetDateTime) null).where(ARTICLE.SLUG.eq(BODY_OF_PICTURE))
        .execute();
    assertThat(images.findShownByIds(List.of(PICTURE))).isEmpty();
    assertThat(images.findByIds(List.of(PICTURE))).containsOnlyKeys(PICTURE);

    db.update(ARTICLE).set(ARTICLE.PUBLISHED_AT, OffsetDateTime.parse("2026-09-02T14:30:00Z"))
        .where(ARTICLE.SLUG.eq(BODY_OF_PICTURE)).execute();
    assertThat(images.findShownByIds(List.of(PICTURE))).containsOnlyKeys(PICTURE);
  }

  @Test
  void aPictureInADraftsBodyIsShownWhenAPublishedBodyShowsItToo() {
    long draft = db.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.PUBLISHED_AT.isNull()).limit(1)
        .fetchSingle(ARTICLE.ID);
    db.update(ARTICLE).set(ARTICLE.BLOCKS, JSONB.valueOf("[{\"type\": \"image\", \"imageId\": " + PICTURE + "}]"))
        .where(ARTICLE.ID.eq(draft)).execute();

    assertThat(images.findShownByIds(List.of(PICTURE))).containsOnlyKeys(PICTURE);
  }
}
