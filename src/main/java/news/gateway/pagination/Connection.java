package news.gateway.pagination;

import java.util.List;

/** A Relay connection page: serves every `…Connection` type of the schema. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

  /** One node and its opaque cursor. */
  public record Edge<T>(String cursor, T node) {}

  /** Whether more follows, and where this page ended. */
  public record PageInfo(boolean hasNextPage, String endCursor) {}
}
