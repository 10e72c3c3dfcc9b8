package news.gateway.image;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/** Images asked by their global ID (`node`, `nodes`): only those published content shows, in one query. */
@DgsDataLoader(name = ShownImagesDataLoader.NAME)
public class ShownImagesDataLoader extends QueryBatchLoader<Long, Image> {

  public static final String NAME = "shownImages";

  public ShownImagesDataLoader(ImageRepository images) {
    super(images::findShownByIds);
  }
}
