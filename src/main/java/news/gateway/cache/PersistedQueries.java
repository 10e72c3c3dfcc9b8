package news.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Automatic persisted queries (Apollo's APQ protocol): documents remembered by the SHA-256 of their text,
 * so that clients can send the hash instead of the document, and CDNs can cache GET URLs of bounded length.
 */
@Component
public class PersistedQueries {

  /** Where the hash travels: {@code extensions.persistedQuery.sha256Hash} (with {@code version: 1}). */
  record Reference(Object version, Object sha256Hash) {

    static Optional<Reference> in(Map<String, Object> extensions) {
      if (extensions == null || !(extensions.get("persistedQuery") instanceof Map<?, ?> persistedQuery)) {
        return Optional.empty();
      }
      return Optional.of(new Reference(persistedQuery.get("version"), persistedQuery.get("sha256Hash")));
    }

    boolean isValid() {
      return Integer.valueOf(1).equals(version) && sha256Hash instanceof String hash
          && hash.length() == 64 && hash.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    String hash() {
      return ((String) sha256Hash).toLowerCase();
    }
  }

  private final Cache<String, String> documents;

  public PersistedQueries(PersistedQueryProperties properties) {
    this.documents = Caffeine.newBuilder().maximumSize(properties.maxEntries()).build();
  }

  public Optional<String> find(String hash) {
    return Optional.ofNullable(documents.getIfPresent(hash));
  }

  public void remember(String hash, String document) {
    documents.put(hash, document);
  }

  public static boolean isHashOf(String hash, String document) {
    return hash.equals(sha256(document));
  }

  public static String sha256(String document) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(document.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
