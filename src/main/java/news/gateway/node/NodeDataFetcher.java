package news.gateway.node;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import news.gateway.article.ArticlesDataLoader;
import news.gateway.author.AuthorsDataLoader;
import news.gateway.error.BadUserInputException;
import news.gateway.feed.FeedItem;
import news.gateway.feed.FeedItemsDataLoader;
import news.gateway.image.ShownImagesDataLoader;
import news.gateway.section.SectionsDataLoader;
import news.gateway.tag.TagsDataLoader;
import org.dataloader.DataLoader;

/**
 * `node` and `nodes`: each global ID goes through the DataLoader of its type, so any mix of IDs costs one
 * statement per type asked.
 */
@DgsComponent
public class NodeDataFetcher {

  static final int MAX_IDS = 100;

  @DgsQuery
  public CompletableFuture<Object> node(DgsDataFetchingEnvironment env, @InputArgument String id) {
    return load(env, GlobalId.decode(id));
  }

  @DgsQuery
  public CompletableFuture<List<Object>> nodes(DgsDataFetchingEnvironment env, @InputArgument List<String> ids) {
    if (ids.size() > MAX_IDS) {
      throw new BadUserInputException("`ids` may hold at most " + MAX_IDS + " IDs, was " + ids.size());
    }
    List<CompletableFuture<Object>> nodes = ids.stream().map(GlobalId::decode).map(id -> load(env, id)).toList();
    return CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new))
        .thenApply(done -> nodes.stream().map(CompletableFuture::join).toList());
  }

  private static CompletableFuture<Object> load(DgsDataFetchingEnvironment env, GlobalId id) {
    return switch (id.type()) {
      case "Article" -> load(env.getDataLoader(ArticlesDataLoader.class), id);
      case "Author" -> load(env.getDataLoader(AuthorsDataLoader.class), id);
      case "Image" -> load(env.getDataLoader(ShownImagesDataLoader.class), id);
      case "Section" -> load(env.getDataLoader(SectionsDataLoader.class), id);
      case "Tag" -> load(env.getDataLoader(TagsDataLoader.class), id);
      case "ArticleFeedItem", "VideoFeedItem", "NoteFeedItem" -> env.<Long, FeedItem>getDataLoader(FeedItemsDataLoader.class)
          .load(id.rowId())
          // an ID naming another kind than the item has is forged: nothing by that ID exists
          .thenApply(item -> item != null && item.getClass().getSimpleName().equals(id.type()) ? item : null);
      default -> throw new BadUserInputException("Not a valid ID: no type " + id.type());
    };
  }

  private static <V> CompletableFuture<Object> load(DataLoader<Long, V> loader, GlobalId id) {
    return loader.load(id.rowId()).thenApply(node -> node);
  }
}
