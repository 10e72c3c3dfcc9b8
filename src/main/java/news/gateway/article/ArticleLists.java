package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import news.gateway.pagination.Connection;
import news.gateway.pagination.Connections;
import news.gateway.pagination.KeysetCursor;
import news.gateway.pagination.OpaqueCursor;
import news.gateway.pagination.PageRequest;

/**
 * A page of a filtered article list as a connection, through the request's {@link ArticleListsDataLoader}. A
 * section's, a tag's and an author's articles are the list filtered by them: their cursors name the filter.
 */
public final class ArticleLists {

  private static final String LIST = "articles";

  private ArticleLists() {}

  public static CompletableFuture<Connection<Article>> page(DgsDataFetchingEnvironment env, ArticleFilter filter,
      Integer first, String after) {
    String list = OpaqueCursor.listName(LIST, filter.criteria());
    PageRequest page = PageRequest.of(list, first, after);
    return env.<ArticleListKey, List<Article>>getDataLoader(ArticleListsDataLoader.class)
        .load(new ArticleListKey(filter, page))
        .thenApply(rows -> Connections.page(rows, page.first(),
            article -> new KeysetCursor(article.publishedAt(), article.rowId()).encode(list)));
  }
}
