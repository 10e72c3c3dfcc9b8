package news.gateway.feed;

import java.time.OffsetDateTime;
import news.gateway.article.Article;
import news.gateway.node.GlobalId;

/**
 * Something on the home-page feed. Each record's simple name is its GraphQL type, which is how DGS
 * resolves the `FeedItem` interface.
 */
public sealed interface FeedItem {

  long rowId();

  OffsetDateTime publishedAt();

  String title();

  long sectionId();

  /** The `FeedItemKind`, as stored in `feed_item.kind`. */
  String kind();

  default String id() {
    return GlobalId.encode(getClass().getSimpleName(), rowId());
  }

  record ArticleFeedItem(long rowId, OffsetDateTime publishedAt, String title, long sectionId, Article article)
      implements FeedItem {

    @Override
    public String kind() {
      return "ARTICLE";
    }
  }

  record VideoFeedItem(long rowId, OffsetDateTime publishedAt, String title, long sectionId, String videoUrl,
      int durationSeconds, Long thumbnailImageId) implements FeedItem {

    @Override
    public String kind() {
      return "VIDEO";
    }
  }

  /** {@code linkedArticle} is {@code null} when the note links to no article, or to one not published. */
  record NoteFeedItem(long rowId, OffsetDateTime publishedAt, String title, long sectionId, String body,
      Article linkedArticle) implements FeedItem {

    @Override
    public String kind() {
      return "NOTE";
    }
  }
}
