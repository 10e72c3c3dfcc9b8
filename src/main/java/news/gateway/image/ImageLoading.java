package news.gateway.image;

import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;

/** The picture behind an optional image id, through the request's {@link ImagesDataLoader}. */
public final class ImageLoading {

  private ImageLoading() {}

  public static CompletableFuture<Image> load(DgsDataFetchingEnvironment env, Long imageId) {
    if (imageId == null) {
      return CompletableFuture.completedFuture(null);
    }
    return env.<Long, Image>getDataLoader(ImagesDataLoader.class).load(imageId);
  }
}
