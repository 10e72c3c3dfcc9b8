package news.gateway.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.gateway.support.GatewayTest;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@GatewayTest
@TestPropertySource(properties = "gateway.images.resizer-url-template=https://img.example/{width}x{height}/{encodedUrl}")
class ImageTest {

  static final String BRIDGE = "harbour-bridge-to-close-for-six-weeks-of-repairs";
  static final String PHOTO = "https%3A%2F%2Fmedia.harbourledger.example%2Fphotos%2Fharbour-swing-bridge.jpg";

  private final GraphQlTestClient graphql;

  ImageTest(GraphQlTestClient graphql) {
    this.graphql = graphql;
  }

  @Test
  void renditionsComeFromTheResizerTemplateKeepingTheAspectRatio() {
    DocumentContext page = graphql.query("hero-image-renditions", Map.of("slug", BRIDGE, "width", 800));
    String image = "$.data.article.heroImage";

    assertThat(page.<Double>read(image + ".aspectRatio")).isEqualTo(1.7778);
    assertThat(page.<Map<String, Object>>read(image + ".focalPoint")).isEqualTo(Map.of("x", 0.5, "y", 0.45));
    assertThat(page.<Map<String, Object>>read(image + ".rendition")).isEqualTo(Map.of(
        "url", "https://img.example/800x450/" + PHOTO, "width", 800, "height", 450));
    assertThat(page.<String>read(image + ".srcset")).isEqualTo("https://img.example/320x180/" + PHOTO + " 320w, "
        + "https://img.example/640x360/" + PHOTO + " 640w, https://img.example/960x540/" + PHOTO + " 960w, "
        + "https://img.example/1280x720/" + PHOTO + " 1280w");
  }

  @Test
  void aRenditionIsNeverWiderThanTheOriginalAndSrcsetTakesTheWidthsAsked() {
    DocumentContext page = graphql.query("hero-image-renditions",
        Map.of("slug", BRIDGE, "width", 4000, "widths", List.of(1600, 400, 2000, 400)));

    assertThat(page.<Map<String, Object>>read("$.data.article.heroImage.rendition")).isEqualTo(Map.of(
        "url", "https://img.example/1600x900/" + PHOTO, "width", 1600, "height", 900));
    assertThat(page.<String>read("$.data.article.heroImage.srcset"))
        .isEqualTo("https://img.example/400x225/" + PHOTO + " 400w, https://img.example/1600x900/" + PHOTO + " 1600w");
  }

  @Test
  void aPictureWithoutFocalPointSaysSo() {
    DocumentContext page = graphql.query("hero-image-renditions",
        Map.of("slug", "mayoral-race-three-candidates-one-housing-question", "width", 100));

    assertThat(page.<Object>read("$.data.article.heroImage.focalPoint")).isNull();
  }

  @Test
  void widthsOutsideOneTo4096AreBadUserInput() {
    Map<String, Object> variables = new HashMap<>(Map.of("slug", BRIDGE, "width", 0));
    DocumentContext response = graphql.query("hero-image-renditions", variables);

    assertThat(response.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    assertThat(response.<String>read("$.errors[0].message")).isEqualTo("An image width must be between 1 and 4096, was 0");
  }
}
