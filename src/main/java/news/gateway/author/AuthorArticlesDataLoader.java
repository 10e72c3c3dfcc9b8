package news.gateway.author;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import news.gateway.article.Article;
import news.gateway.article.ArticleRepository;
import org.dataloader.MappedBatchLoader;

/** A page of articles for each author asked, in one query; each list holds one look-ahead row. */
@DgsDataLoader(name = "authorArticles")
public class AuthorArticlesDataLoader implements MappedBatchLoader<AuthorArticlesKey, List<Article>> {

  private final ArticleRepository articles;

  public AuthorArticlesDataLoader(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public CompletionStage<Map<AuthorArticlesKey, List<Article>>> load(Set<AuthorArticlesKey> keys) {
    return CompletableFuture.completedFuture(articles.findPagesByAuthor(keys));
  }
}
