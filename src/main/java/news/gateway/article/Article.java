package news.gateway.article;

import java.time.OffsetDateTime;
import news.gateway.node.GlobalId;

/**
 * A published article without its body (loaded apart, by {@link ArticleBlocksDataLoader}, only when a
 * page asks for it); the GraphQL `Article` type. Standfirst, kicker, word count, reading time and last update are
 * {@code null} when the request asks for none of them ({@link news.gateway.batch.OptionalColumns}).
 */
public record Article(long rowId, String slug, String headline, String standfirst, String kicker, Integer wordCount,
    Integer readingTimeMinutes, OffsetDateTime publishedAt, OffsetDateTime updatedAt, long sectionId,
    Long heroImageId) {

  public String id() {
    return GlobalId.encode("Article", rowId);
  }
}
