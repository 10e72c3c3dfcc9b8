package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Every article list on a page (article listing, section, tag and author pages) in one query. */
@DgsDataLoader(name = "articleLists")
public class ArticleListsDataLoader implements MappedBatchLoader<ArticleListKey, List<Article>> {

  private final ArticleListRepository lists;

  public ArticleListsDataLoader(ArticleListRepository lists) {
    this.lists = lists;
  }

  @Override
  public CompletionStage<Map<ArticleListKey, List<Article>>> load(Set<ArticleListKey> keys) {
    return CompletableFuture.completedFuture(lists.findPages(keys));
  }
}
