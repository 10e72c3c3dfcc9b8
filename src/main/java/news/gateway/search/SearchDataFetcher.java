package news.gateway.search;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import java.util.List;
import news.gateway.article.ArticleFilter;
import news.gateway.pagination.Connection;
import news.gateway.pagination.Connections;

@DgsComponent
public class SearchDataFetcher {

  private final SearchRepository search;

  public SearchDataFetcher(SearchRepository search) {
    this.search = search;
  }

  @DgsQuery
  public SearchConnection search(@InputArgument String query, @InputArgument Integer first,
      @InputArgument String after, @InputArgument ArticleFilter filter) {
    SearchRequest request = SearchRequest.of(query, filter, first, after);
    Connection<SearchHit> page = Connections.page(search.findPage(request), request.first(), request::cursorOf);
    List<SearchEdge> edges = page.edges().stream()
        .map(edge -> new SearchEdge(edge.cursor(), edge.node().article(), edge.node().highlight()))
        .toList();
    return new SearchConnection(edges, page.pageInfo());
  }
}
