package news.gateway.image;

/** The point to keep in view when cropping; the GraphQL `FocalPoint` type. */
public record FocalPoint(double x, double y) {}
