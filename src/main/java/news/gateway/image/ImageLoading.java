package news.gateway.image;

import graphql.schema.DataFetchingEnvironment;
import news.gateway.batch.LoaderValues;

/** The picture behind an optional image id, through the request's {@link ImagesDataLoader}. */
public final class ImageLoading {

  private ImageLoading() {}

  /** The image, or its future when the loader does not hold it yet ({@link LoaderValues}). */
  public static Object load(DataFetchingEnvironment env, Long imageId) {
    if (imageId == null) {
      return null;
    }
    return LoaderValues.valueOrLoad(env.<Long, Image>getDataLoader(ImagesDataLoader.NAME), imageId);
  }
}
