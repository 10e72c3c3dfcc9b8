package news.gateway.author;

import java.util.List;
import news.gateway.pagination.OpaqueCursor;

/** Position in the list of authors, ordered by {@code name, id}. */
record AuthorCursor(String name, long id) {

  static final String LIST = "authors";

  String encode() {
    return OpaqueCursor.encode(LIST, name, Long.toString(id));
  }

  static AuthorCursor decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    List<String> values = OpaqueCursor.decode(LIST, cursor, 2);
    try {
      return new AuthorCursor(values.get(0), Long.parseLong(values.get(1)));
    } catch (NumberFormatException e) {
      throw OpaqueCursor.invalid();
    }
  }
}
