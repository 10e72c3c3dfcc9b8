package news.gateway.pagination;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import news.gateway.input.DateTimeRange;

/** Position in a list ordered by {@code published_at desc, id desc}: the feed and every article list. */
public record KeysetCursor(OffsetDateTime publishedAt, long id) {

  public String encode(String list) {
    Instant instant = publishedAt.toInstant();
    return OpaqueCursor.encode(list, Long.toString(instant.getEpochSecond()), Integer.toString(instant.getNano()),
        Long.toString(id));
  }

  /** Returns null for a null cursor (the first page). */
  public static KeysetCursor decode(String list, String cursor) {
    if (cursor == null) {
      return null;
    }
    List<String> values = OpaqueCursor.decode(list, cursor, 3);
    try {
      Instant instant = Instant.ofEpochSecond(Long.parseLong(values.get(0)), Long.parseLong(values.get(1)));
      if (!DateTimeRange.contains(instant)) {
        throw OpaqueCursor.invalid();
      }
      return new KeysetCursor(instant.atOffset(ZoneOffset.UTC), Long.parseLong(values.get(2)));
    } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
      throw OpaqueCursor.invalid();
    }
  }
}
