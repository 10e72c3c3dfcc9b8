package news.gateway.image;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/** Images by id: hero images, avatars, thumbnails and inline pictures of a whole page in one query. */
@DgsDataLoader(name = ImagesDataLoader.NAME)
public class ImagesDataLoader extends QueryBatchLoader<Long, Image> {

  public static final String NAME = "images";

  public ImagesDataLoader(ImageRepository images) {
    super(images::findByIds);
  }
}
