package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/**
 * The stored body blocks (jsonb text) of each article asked, in one query. Bodies are the bulk of an
 * article row, so they are read only when a page asks for `body`.
 */
@DgsDataLoader(name = "articleBlocks")
public class ArticleBlocksDataLoader implements MappedBatchLoader<Long, String> {

  private final ArticleRepository articles;

  public ArticleBlocksDataLoader(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public CompletionStage<Map<Long, String>> load(Set<Long> articleIds) {
    return CompletableFuture.completedFuture(articles.findVisibleBlocks(articleIds));
  }
}
