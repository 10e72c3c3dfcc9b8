package news.gateway.pagination;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import news.gateway.error.BadUserInputException;

/**
 * The wire form of every cursor: base64url text naming its list and holding the position's values. Clients
 * treat it as opaque; naming the list makes a cursor of one list a clear error in another instead of a
 * silently misplaced page.
 */
public final class OpaqueCursor {

  private static final String VERSION = "v1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private OpaqueCursor() {}

  /**
   * The name of a list together with the criteria that choose its items (its filter, a search's text), for
   * {@link #encode} and {@link #decode}: a cursor of the list chosen one way is then refused by the list chosen
   * another, where it would skip items. Without criteria the name is the list's own, so the cursors clients hold
   * of the unfiltered lists stay valid. The criteria are text because List.hashCode and String.hashCode are
   * specified: the names stay the same across restarts and JVMs.
   */
  public static String listName(String list, List<String> criteria) {
    return criteria.stream().allMatch(Objects::isNull)
        ? list
        : list + "-" + Integer.toHexString(criteria.hashCode());
  }

  public static String encode(String list, String... values) {
    StringBuilder plain = new StringBuilder(VERSION).append('.').append(list);
    for (String value : values) {
      plain.append('.').append(ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }
    return ENCODER.encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The values of a cursor of {@code list}, or BAD_USER_INPUT when it is not one. */
  public static List<String> decode(String list, String cursor, int valueCount) {
    try {
      String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\\.", -1);
      if (parts.length != valueCount + 2 || !parts[0].equals(VERSION) || !parts[1].equals(list)) {
        throw invalid();
      }
      List<String> values = new ArrayList<>(valueCount);
      for (int i = 2; i < parts.length; i++) {
        String value = new String(DECODER.decode(parts[i]), StandardCharsets.UTF_8);
        // PostgreSQL refuses NUL in text (an author's name is looked up as it is), and no stored text holds
        // one: only a forged cursor does. Other control characters may be in a stored name.
        if (value.indexOf('\0') >= 0) {
          throw invalid();
        }
        values.add(value);
      }
      return values;
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  public static BadUserInputException invalid() {
    return new BadUserInputException("`after` is not a cursor of this list");
  }
}
