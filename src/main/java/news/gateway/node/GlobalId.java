package news.gateway.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import news.gateway.error.BadUserInputException;

/** Opaque global IDs: base64url of {@code Type:rowId}, unique across every type of the schema. */
public record GlobalId(String type, long rowId) {

  public static String encode(String type, long rowId) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((type + ":" + rowId).getBytes(StandardCharsets.UTF_8));
  }

  public static GlobalId decode(String id) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      if (colon <= 0) {
        throw invalid(id);
      }
      return new GlobalId(plain.substring(0, colon), Long.parseLong(plain.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw invalid(id);
    }
  }

  private static BadUserInputException invalid(String id) {
    return new BadUserInputException("Not a valid ID: " + id);
  }
}
