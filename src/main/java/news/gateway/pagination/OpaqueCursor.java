package news.gateway.pagination;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
        values.add(new String(DECODER.decode(parts[i]), StandardCharsets.UTF_8));
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
