package news.gateway.image;

/** A resized version of a picture; the GraphQL `ImageRendition` type. */
public record ImageRendition(String url, int width, int height) {}
