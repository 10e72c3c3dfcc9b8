package news.gateway.image;

import news.gateway.node.GlobalId;

/**
 * A picture with its caption and credit; the GraphQL `Image` type. Alt text, caption, credit and focal point are
 * {@code null} when the request asks for none of them ({@link news.gateway.batch.OptionalColumns}).
 */
public record Image(long rowId, String url, int width, int height, String altText, String caption, String credit,
    Float focalX, Float focalY) {

  public String id() {
    return GlobalId.encode("Image", rowId);
  }
}
