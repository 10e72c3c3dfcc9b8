package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Published articles by id (behind notes, teasers and global IDs) for a whole page in one query. */
@DgsDataLoader(name = "articles")
public class ArticlesDataLoader implements MappedBatchLoader<Long, Article> {

  private final ArticleRepository articles;

  public ArticlesDataLoader(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public CompletionStage<Map<Long, Article>> load(Set<Long> articleIds) {
    return CompletableFuture.completedFuture(articles.findPublishedByIds(articleIds));
  }
}
