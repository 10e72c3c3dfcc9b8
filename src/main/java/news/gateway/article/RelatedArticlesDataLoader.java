package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The related stories of every article on a page, in one query. */
@DgsDataLoader(name = "relatedArticles")
public class RelatedArticlesDataLoader implements MappedBatchLoader<RelatedArticlesKey, List<Article>> {

  private final RelatedArticleRepository articles;

  public RelatedArticlesDataLoader(RelatedArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public CompletionStage<Map<RelatedArticlesKey, List<Article>>> load(Set<RelatedArticlesKey> keys) {
    return CompletableFuture.completedFuture(articles.findRelated(keys));
  }
}
