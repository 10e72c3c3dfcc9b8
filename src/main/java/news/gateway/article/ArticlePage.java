package news.gateway.article;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.dataloader.DataLoader;

/** An article as its page's statement reads it, with its related stories and the DataLoader key they answer. */
record ArticlePage(LoadedArticle article, RelatedArticlesKey relatedKey, List<LoadedArticle> related) {

  /**
   * The article, once its parts are {@linkplain LoadedArticle#prime primed} and its related stories handed to the
   * {@code relatedArticles} DataLoader: its field then resolves from that loader's cache, and primes the stories'
   * own parts as it does for stories the loader read itself.
   */
  Article primed(DataFetchingEnvironment env) {
    DataLoader<RelatedArticlesKey, List<LoadedArticle>> relatedArticles =
        env.getDataLoader(RelatedArticlesDataLoader.NAME);
    relatedArticles.prime(relatedKey, related);
    return article.primed(env);
  }
}
