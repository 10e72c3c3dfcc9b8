package news.gateway.image;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;

/** The picture behind an optional image id, through the request's {@link ImagesDataLoader}. */
public final class ImageLoading {

  private ImageLoading() {}

  public static CompletableFuture<Image> load(DataFetchingEnvironment env, Long imageId) {
    if (imageId == null) {
      return CompletableFuture.completedFuture(null);
    }
    return env.<Long, Image>getDataLoader(ImagesDataLoader.NAME).load(imageId);
  }
}
