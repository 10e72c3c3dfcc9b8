package news.gateway.feed;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Objects;
import news.gateway.article.LoadedArticle;
import news.gateway.image.Image;
import news.gateway.image.ImagesDataLoader;
import org.dataloader.DataLoader;

/**
 * A feed item with what its statement brought along because the query asked for it (see {@link FeedParts}): its
 * article ({@code null} for a video, or a note without a published link) and a video's thumbnail.
 */
record LoadedFeedItem(FeedItem item, LoadedArticle article, Image thumbnail) {

  /** The items, after handing their articles' parts and their thumbnails to the request's DataLoaders. */
  static List<FeedItem> primed(List<LoadedFeedItem> items, DataFetchingEnvironment env) {
    LoadedArticle.prime(items.stream().map(LoadedFeedItem::article).filter(Objects::nonNull).toList(), env);
    DataLoader<Long, Image> images = env.getDataLoader(ImagesDataLoader.NAME);
    for (LoadedFeedItem loaded : items) {
      if (loaded.thumbnail() != null) {
        images.prime(loaded.thumbnail().rowId(), loaded.thumbnail());
      }
    }
    return items.stream().map(LoadedFeedItem::item).toList();
  }
}
