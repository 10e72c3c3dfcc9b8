package news.gateway.image;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Images by id: hero images, avatars, thumbnails and inline pictures of a whole page in one query. */
@DgsDataLoader(name = "images")
public class ImagesDataLoader implements MappedBatchLoader<Long, Image> {

  private final ImageRepository images;

  public ImagesDataLoader(ImageRepository images) {
    this.images = images;
  }

  @Override
  public CompletionStage<Map<Long, Image>> load(Set<Long> imageIds) {
    return CompletableFuture.completedFuture(images.findByIds(imageIds));
  }
}
