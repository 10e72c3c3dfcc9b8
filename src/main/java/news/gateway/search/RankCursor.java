package news.gateway.search;

import java.util.List;
import news.gateway.pagination.OpaqueCursor;

/**
 * Position in ranked search results, ordered by {@code rank desc, id desc}. The rank is kept bit for bit, so
 * the next page starts exactly where the last one ended.
 */
record RankCursor(float rank, long id) {

  String encode(String list) {
    return OpaqueCursor.encode(list, Integer.toHexString(Float.floatToIntBits(rank)), Long.toString(id));
  }

  static RankCursor decode(String list, String cursor) {
    List<String> values = OpaqueCursor.decode(list, cursor, 2);
    try {
      return new RankCursor(Float.intBitsToFloat(Integer.parseUnsignedInt(values.get(0), 16)),
          Long.parseLong(values.get(1)));
    } catch (NumberFormatException e) {
      throw OpaqueCursor.invalid();
    }
  }
}
