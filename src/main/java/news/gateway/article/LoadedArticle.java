package news.gateway.article;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import news.gateway.author.Author;
import news.gateway.author.BylinesDataLoader;
import news.gateway.image.Image;
import news.gateway.image.ImagesDataLoader;
import org.dataloader.DataLoader;

/**
 * An article with the parts its statement brought along because the query asked for them (see
 * {@link ArticleParts}): bylines, hero image and the body's visible blocks (jsonb text), {@code null} when not
 * asked (a hero image is also {@code null} when the article has none).
 */
public record LoadedArticle(Article article, List<Author> authors, Image heroImage, String visibleBlocks) {

  /**
   * Hands the articles' parts to the request's `bylines`, `images` and `articleBlocks` DataLoaders: their
   * `authors`, `heroImage`, `body` and `blocks` fields then resolve from those loaders' caches, without another
   * statement and without another dispatch level.
   */
  public static void prime(List<LoadedArticle> articles, DataFetchingEnvironment env) {
    DataLoader<Long, List<Author>> bylines = env.getDataLoader(BylinesDataLoader.NAME);
    DataLoader<Long, Image> images = env.getDataLoader(ImagesDataLoader.NAME);
    DataLoader<Long, String> blocks = env.getDataLoader(ArticleBlocksDataLoader.NAME);
    articles.forEach(loaded -> loaded.prime(bylines, images, blocks));
  }

  /** The articles, once {@linkplain #prime primed}. */
  static List<Article> primed(List<LoadedArticle> articles, DataFetchingEnvironment env) {
    prime(articles, env);
    return articles.stream().map(LoadedArticle::article).toList();
  }

  Article primed(DataFetchingEnvironment env) {
    return primed(List.of(this), env).get(0);
  }

  private void prime(DataLoader<Long, List<Author>> bylines, DataLoader<Long, Image> images,
      DataLoader<Long, String> blocks) {
    if (authors != null) {
      bylines.prime(article.rowId(), authors);
    }
    if (heroImage != null) {
      images.prime(heroImage.rowId(), heroImage);
    }
    if (visibleBlocks != null) {
      blocks.prime(article.rowId(), visibleBlocks);
    }
  }
}
