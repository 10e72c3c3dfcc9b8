package news.gateway.feed;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Published feed items by id, for global ID look-ups, in one query. */
@DgsDataLoader(name = "feedItems")
public class FeedItemsDataLoader implements MappedBatchLoader<Long, FeedItem> {

  private final FeedRepository feed;

  public FeedItemsDataLoader(FeedRepository feed) {
    this.feed = feed;
  }

  @Override
  public CompletionStage<Map<Long, FeedItem>> load(Set<Long> feedItemIds) {
    return CompletableFuture.completedFuture(feed.findPublishedByIds(feedItemIds));
  }
}
