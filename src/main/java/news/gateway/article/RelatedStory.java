package news.gateway.article;

import java.util.List;
import news.gateway.author.Author;
import news.gateway.image.Image;
import org.dataloader.DataLoader;

/**
 * A related story as a teaser: the article, with its bylines and hero image when the query asked for them
 * ({@code null} otherwise; a hero image is also {@code null} when the article has none).
 */
public record RelatedStory(Article article, List<Author> authors, Image heroImage) {

  /**
   * The stories' articles, after handing their bylines and pictures to the request's bylines and images
   * DataLoaders: the stories' `authors` and `heroImage` fields then resolve from those loaders' caches,
   * without another statement and without another dispatch level.
   */
  static List<Article> primed(List<RelatedStory> stories, DataLoader<Long, List<Author>> bylines,
      DataLoader<Long, Image> images) {
    for (RelatedStory story : stories) {
      if (story.authors() != null) {
        bylines.prime(story.article().rowId(), story.authors());
      }
      if (story.heroImage() != null) {
        images.prime(story.heroImage().rowId(), story.heroImage());
      }
    }
    return stories.stream().map(RelatedStory::article).toList();
  }
}
