package news.gateway.article;

import static news.gateway.jooq.Tables.ARTICLE;
import static news.gateway.jooq.Tables.IMAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;

import news.gateway.jooq.Routines;
import news.gateway.support.GatewayTest;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The database function `article_visible_blocks` (db/schema/004-visible-blocks-per-block.sql) on bodies given. */
@GatewayTest
class VisibleBlocksTest {

  @Autowired
  DSLContext db;

  @Test
  void teasersForUnpublishedOrMissingArticlesAndPicturesThatAreGoneAreLeftOutTheRestKeepsItsOrder() {
    long picture = db.select(min(IMAGE.ID)).from(IMAGE).fetchSingle().value1();
    long gonePicture = db.select(max(IMAGE.ID)).from(IMAGE).fetchSingle().value1() + 1;
    long published = db.select(min(ARTICLE.ID)).from(ARTICLE)
        .where(ARTICLE.PUBLISHED_AT.le(currentOffsetDateTime())).fetchSingle().value1();
    long unpublished = db.select(min(ARTICLE.ID)).from(ARTICLE)
        .where(ARTICLE.PUBLISHED_AT.isNull().or(ARTICLE.PUBLISHED_AT.gt(currentOffsetDateTime())))
        .fetchSingle().value1();
    long missingArticle = db.select(max(ARTICLE.ID)).from(ARTICLE).fetchSingle().value1() + 1;

    JsonNode visible = visibleBlocks("""
        [{"type": "paragraph", "text": "Before"}, {"type": "image", "imageId": %d},
         {"type": "image", "imageId": %d}, {"type": "related", "articleId": %d},
         {"type": "related", "articleId": %d}, {"type": "related", "articleId": %d},
         {"type": "paragraph", "text": "After"}]"""
        .formatted(picture, gonePicture, published, unpublished, missingArticle));

    assertThat(visible).isEqualTo(json("""
        [{"type": "paragraph", "text": "Before"}, {"type": "image", "imageId": %d},
         {"type": "related", "articleId": %d}, {"type": "paragraph", "text": "After"}]"""
        .formatted(picture, published)));
  }

  @Test
  void aBodyWithPicturesOnlyOrTeasersOnlyIsFilteredToo() {
    long picture = db.select(min(IMAGE.ID)).from(IMAGE).fetchSingle().value1();
    long gonePicture = db.select(max(IMAGE.ID)).from(IMAGE).fetchSingle().value1() + 1;
    long missingArticle = db.select(max(ARTICLE.ID)).from(ARTICLE).fetchSingle().value1() + 1;

    JsonNode pictures = visibleBlocks("""
        [{"type": "image", "imageId": %d}, {"type": "paragraph", "text": "Between"},
         {"type": "image", "imageId": %d}]""".formatted(gonePicture, picture));
    JsonNode teasers = visibleBlocks("""
        [{"type": "paragraph", "text": "Before"}, {"type": "related", "articleId": %d}]""".formatted(missingArticle));

    assertThat(pictures).isEqualTo(json("""
        [{"type": "paragraph", "text": "Between"}, {"type": "image", "imageId": %d}]""".formatted(picture)));
    assertThat(teasers).isEqualTo(json("""
        [{"type": "paragraph", "text": "Before"}]"""));
  }

  @Test
  void aBodyWithoutTeasersOrPicturesIsReturnedAsItIs() {
    String body = """
        [{"type": "paragraph", "text": "One"}, {"type": "quote", "text": "Two", "attribution": "Three"},
         {"type": "heading", "text": "Four", "level": 2}]""";

    assertThat(visibleBlocks(body)).isEqualTo(json(body));
  }

  private JsonNode visibleBlocks(String blocks) {
    return json(db.select(Routines.articleVisibleBlocks(JSONB.valueOf(blocks))).fetchSingle().value1().data());
  }

  /** Compared as JSON: PostgreSQL orders an object's keys its own way. */
  private static JsonNode json(String json) {
    return JsonMapper.shared().readTree(json);
  }
}
