package news.gateway.pagination;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds a connection page from rows fetched with one row more than asked (the look-ahead row). */
public final class Connections {

  private Connections() {}

  public static <T> Connection<T> page(List<T> rowsPlusOne, int first, Function<T, String> cursorOf) {
    boolean hasNextPage = rowsPlusOne.size() > first;
    List<T> rows = hasNextPage ? rowsPlusOne.subList(0, first) : rowsPlusOne;
    List<Connection.Edge<T>> edges = new ArrayList<>(rows.size());
    for (T row : rows) {
      edges.add(new Connection.Edge<>(cursorOf.apply(row), row));
    }
    String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new Connection<>(edges, new Connection.PageInfo(hasNextPage, endCursor));
  }
}
