package news.gateway.pagination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import news.gateway.error.BadUserInputException;

/**
 * Position in a list ordered by {@code published_at desc, id desc}. Encoded as opaque base64url text that
 * names its list, so a cursor of one list is refused by another instead of silently misplacing the page.
 */
public record KeysetCursor(OffsetDateTime publishedAt, long id) {

  private static final String VERSION = "v1";

  public String encode(String list) {
    Instant instant = publishedAt.toInstant();
    String plain = String.join(":", VERSION, list,
        Long.toString(instant.getEpochSecond()), Integer.toString(instant.getNano()), Long.toString(id));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns null for a null cursor (the first page). */
  public static KeysetCursor decode(String list, String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
      if (parts.length != 5 || !parts[0].equals(VERSION) || !parts[1].equals(list)) {
        throw invalid();
      }
      Instant instant = Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
      return new KeysetCursor(instant.atOffset(ZoneOffset.UTC), Long.parseLong(parts[4]));
    } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
      throw invalid();
    }
  }

  private static BadUserInputException invalid() {
    return new BadUserInputException("`after` is not a cursor of this list");
  }
}
