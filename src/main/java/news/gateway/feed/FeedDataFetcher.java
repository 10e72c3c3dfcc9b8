package news.gateway.feed;

import static graphql.schema.FieldCoordinates.coordinates;

import com.netflix.graphql.dgs.DgsCodeRegistry;
import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import news.gateway.author.Author;
import news.gateway.batch.AskedFields;
import news.gateway.batch.LoaderBackedField;
import news.gateway.feed.FeedItem.VideoFeedItem;
import news.gateway.image.ImagesDataLoader;
import news.gateway.pagination.Connection;
import news.gateway.pagination.Connections;
import news.gateway.pagination.KeysetCursor;
import news.gateway.pagination.OpaqueCursor;
import news.gateway.pagination.PageRequest;
import news.gateway.section.Section;
import news.gateway.section.SectionsDataLoader;

@DgsComponent
public class FeedDataFetcher {

  private static final String FEED_LIST = "feed";

  private final FeedRepository feed;

  public FeedDataFetcher(FeedRepository feed) {
    this.feed = feed;
  }

  /**
   * The items come with the parts the query asks of them (see {@link LoadedFeedItem}). The arguments are read
   * off the environment, as on the article page: DGS's {@code @InputArgument} resolves each through Kotlin
   * reflection on every call, 2 % of the gateway's CPU on the home page.
   */
  @DgsQuery
  public Connection<FeedItem> feed(DgsDataFetchingEnvironment env) {
    FeedFilter filter = FeedFilter.of(env.getArgument("filter"));
    String list = OpaqueCursor.listName(FEED_LIST, filter.criteria());
    PageRequest page = PageRequest.of(list, env.getArgument("first"), env.getArgument("after"));
    List<LoadedFeedItem> items = feed.findPage(page, filter, FeedParts.askedBy(AskedFields.of(env)));
    return Connections.page(LoadedFeedItem.primed(items, env), page.first(),
        item -> new KeysetCursor(item.publishedAt(), item.rowId()).encode(list));
  }

  @DgsData(parentType = "ArticleFeedItem", field = "section")
  @DgsData(parentType = "VideoFeedItem", field = "section")
  @DgsData(parentType = "NoteFeedItem", field = "section")
  public CompletableFuture<Section> section(DgsDataFetchingEnvironment env) {
    return env.<Long, Section>getDataLoader(SectionsDataLoader.class).load(env.<FeedItem>getSource().sectionId());
  }

  /** The thumbnail, read from the request's images loader like every picture of a card. */
  @DgsCodeRegistry
  public GraphQLCodeRegistry.Builder thumbnail(GraphQLCodeRegistry.Builder codeRegistry,
      TypeDefinitionRegistry schema) {
    return codeRegistry.dataFetcher(coordinates("VideoFeedItem", "thumbnail"),
        LoaderBackedField.of(ImagesDataLoader.NAME, VideoFeedItem.class, VideoFeedItem::thumbnailImageId));
  }

  @DgsData(parentType = "VideoFeedItem", field = "presenters")
  public CompletableFuture<List<Author>> presenters(DgsDataFetchingEnvironment env) {
    return env.<Long, List<Author>>getDataLoader(PresentersDataLoader.class).load(env.<VideoFeedItem>getSource().rowId());
  }
}
