package news.gateway.image;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import news.gateway.error.BadUserInputException;
import org.springframework.stereotype.Component;

/** Resized versions of a picture: URLs from the configured resizer template, heights from the aspect ratio. */
@Component
public class Renditions {

  static final int MAX_WIDTH = 4096;
  static final int MAX_SRCSET_WIDTHS = 12;
  static final List<Integer> DEFAULT_SRCSET_WIDTHS = List.of(320, 640, 960, 1280, 1920);

  private final String template;

  public Renditions(ImageProperties properties) {
    this.template = properties.resizerUrlTemplate();
  }

  /** The rendition {@code width} wide, or as wide as the original when that is narrower (no upscaling). */
  public ImageRendition of(Image image, int width) {
    checkWidth(width);
    int renditionWidth = Math.min(width, image.width());
    int height = Math.max(1, Math.round((float) renditionWidth * image.height() / image.width()));
    String url = template.replace("{url}", image.url())
        .replace("{encodedUrl}", URLEncoder.encode(image.url(), StandardCharsets.UTF_8))
        .replace("{width}", Integer.toString(renditionWidth))
        .replace("{height}", Integer.toString(height));
    return new ImageRendition(url, renditionWidth, height);
  }

  public String srcset(Image image, List<Integer> widths) {
    List<Integer> wanted = widths == null ? DEFAULT_SRCSET_WIDTHS : widths;
    if (wanted.size() > MAX_SRCSET_WIDTHS) {
      throw new BadUserInputException("`widths` may hold at most " + MAX_SRCSET_WIDTHS + " widths");
    }
    wanted.forEach(Renditions::checkWidth);
    return wanted.stream().filter(width -> width <= image.width()).distinct().sorted()
        .map(width -> of(image, width))
        .map(rendition -> rendition.url() + " " + rendition.width() + "w")
        .collect(Collectors.joining(", "));
  }

  private static void checkWidth(int width) {
    if (width < 1 || width > MAX_WIDTH) {
      throw new BadUserInputException("An image width must be between 1 and " + MAX_WIDTH + ", was " + width);
    }
  }
}
