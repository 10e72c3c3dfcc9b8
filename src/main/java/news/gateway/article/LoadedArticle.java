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
   * The article, after handing its parts to the request's `bylines` and `images` DataLoaders: its `authors` and
   * `heroImage` fields then resolve from those loaders' caches, without another statement and without another
   * dispatch level.
   */
  Article primed(DataFetchingEnvironment env) {
    if (authors != null) {
      env.<Long, List<Author>>getDataLoader(BylinesDataLoader.NAME).prime(article.rowId(), authors);
    }
    if (heroImage != null) {
      env.<Long, Image>getDataLoader(ImagesDataLoader.NAME).prime(heroImage.rowId(), heroImage);
    }
    return article;
  }

  static List<Article> primed(List<LoadedArticle> articles, DataFetchingEnvironment env) {
    return articles.stream().map(loaded -> loaded.primed(env)).toList();
  }
}
