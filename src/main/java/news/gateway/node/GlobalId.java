package news.gateway.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import news.gateway.error.BadUserInputException;

/** Opaque global IDs: base64url of {@code Type:rowId}, unique across every type of the schema. */
public record GlobalId(String type, long rowId) {

  /** Longer than any type name and row id this gateway encodes. */
  private static final int MAX_ENCODED_LENGTH = 100;
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z]*");

  public static String encode(String type, long rowId) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((type + ":" + rowId).getBytes(StandardCharsets.UTF_8));
  }

  /** The type and row id of an ID this gateway issued; anything else is BAD_USER_INPUT. */
  public static GlobalId decode(String id) {
    if (id == null || id.length() > MAX_ENCODED_LENGTH) {
      throw invalid();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      if (colon <= 0 || !TYPE_NAME.matcher(plain.substring(0, colon)).matches()) {
        throw invalid();
      }
      long rowId = Long.parseLong(plain.substring(colon + 1));
      if (rowId <= 0) {
        throw invalid();
      }
      return new GlobalId(plain.substring(0, colon), rowId);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  /** The message does not echo the ID: it may be anything a client sent. */
  private static BadUserInputException invalid() {
    return new BadUserInputException("Not a valid ID");
  }
}
