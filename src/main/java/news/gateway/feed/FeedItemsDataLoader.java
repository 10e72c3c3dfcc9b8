package news.gateway.feed;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/** Published feed items by id, for global ID look-ups, in one query. */
@DgsDataLoader(name = "feedItems")
public class FeedItemsDataLoader extends QueryBatchLoader<Long, FeedItem> {

  public FeedItemsDataLoader(FeedRepository feed) {
    super(feed::findPublishedByIds);
  }
}
