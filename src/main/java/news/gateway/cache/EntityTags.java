package news.gateway.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.http.MediaType;

/** Strong entity tags over response bytes, and the `If-None-Match` comparison (RFC 9110, weak comparison). */
final class EntityTags {

  private EntityTags() {}

  /**
   * A quoted tag: 128 bits of the SHA-256 of the media type and the body, base64url. A strong tag names one
   * representation, and the same body as `application/json` and as `application/graphql-response+json` is two.
   */
  static String of(MediaType mediaType, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update((mediaType + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] digest = sha256.digest(body);
      return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** True when the `If-None-Match` header value names the tag (or is `*`). */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String trimmed = candidate.trim();
      if (trimmed.equals("*") || withoutWeakPrefix(trimmed).equals(tag)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutWeakPrefix(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
