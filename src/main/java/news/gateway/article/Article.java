package news.gateway.article;

import java.time.OffsetDateTime;
import news.gateway.node.GlobalId;

/**
 * A published article without its body (loaded apart, by {@link ArticleBlocksDataLoader}, only when a
 * page asks for it); the GraphQL `Article` type.
 */
public record Article(long rowId, String slug, String headline, String standfirst, String kicker, int wordCount,
    int readingTimeMinutes, OffsetDateTime publishedAt, OffsetDateTime updatedAt, long sectionId,
    Long heroImageId) {

  public String id() {
    return GlobalId.encode("Article", rowId);
  }
}
