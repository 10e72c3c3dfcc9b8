package news.gateway.image;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import java.util.List;

/** The computed fields of `Image`; the stored ones are plain record components. */
@DgsComponent
public class ImageDataFetcher {

  private final Renditions renditions;

  public ImageDataFetcher(Renditions renditions) {
    this.renditions = renditions;
  }

  @DgsData(parentType = "Image", field = "aspectRatio")
  public double aspectRatio(DgsDataFetchingEnvironment env) {
    Image image = env.getSource();
    return Math.round(10_000.0 * image.width() / image.height()) / 10_000.0;
  }

  @DgsData(parentType = "Image", field = "focalPoint")
  public FocalPoint focalPoint(DgsDataFetchingEnvironment env) {
    Image image = env.getSource();
    return image.focalX() == null ? null : new FocalPoint(exactly(image.focalX()), exactly(image.focalY()));
  }

  /** 0.45f as 0.45, not as its binary neighbour 0.44999998807907104. */
  private static double exactly(float value) {
    return Double.parseDouble(Float.toString(value));
  }

  @DgsData(parentType = "Image", field = "rendition")
  public ImageRendition rendition(DgsDataFetchingEnvironment env, @InputArgument Integer width) {
    return renditions.of(env.getSource(), width);
  }

  @DgsData(parentType = "Image", field = "srcset")
  public String srcset(DgsDataFetchingEnvironment env, @InputArgument List<Integer> widths) {
    return renditions.srcset(env.getSource(), widths);
  }
}
