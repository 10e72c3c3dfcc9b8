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
 * {@link ArticleParts}): bylines and hero image, {@code null} when not asked (a hero image is also {@code null}
 * when the article has none).
 */
public record LoadedArticle(Article article, List<Author> authors, Image heroImage) {

  /**
   * The articles, after handing their parts to the request's `bylines` and `images` DataLoaders: their `authors`
   * and `heroImage` fields then resolve from those loaders' caches, without another statement and without
   * another dispatch level.
   */
  static List<Article> primed(List<LoadedArticle> articles, DataFetchingEnvironment env) {
    DataLoader<Long, List<Author>> bylines = env.getDataLoader(BylinesDataLoader.NAME);
    DataLoader<Long, Image> images = env.getDataLoader(ImagesDataLoader.NAME);
    return articles.stream().map(loaded -> loaded.primed(bylines, images)).toList();
  }

  Article primed(DataFetchingEnvironment env) {
    return primed(List.of(this), env).get(0);
  }

  private Article primed(DataLoader<Long, List<Author>> bylines, DataLoader<Long, Image> images) {
    if (authors != null) {
      bylines.prime(article.rowId(), authors);
    }
    if (heroImage != null) {
      images.prime(heroImage.rowId(), heroImage);
    }
    return article;
  }
}
