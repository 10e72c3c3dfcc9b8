package news.gateway.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import news.gateway.error.BadUserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysetCursorTest {

  @Test
  void aCursorDecodesToThePositionItWasMadeOf() {
    KeysetCursor position = new KeysetCursor(OffsetDateTime.parse("2026-11-20T18:00:00.123456Z"), 40);

    assertThat(KeysetCursor.decode("feed", position.encode("feed"))).isEqualTo(position);
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(KeysetCursor.decode("feed", null)).isNull();
  }

  @Test
  void aCursorOfAnotherListIsBadUserInput() {
    String authorArticles = new KeysetCursor(OffsetDateTime.parse("2026-11-20T18:00:00Z"), 40).encode("author-articles");

    assertNotACursor(authorArticles);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%%%", "' OR 1=1 --", "djE6ZmVlZDox\u0000"})
  void textThatIsNotBase64urlIsBadUserInput(String cursor) {
    assertNotACursor(cursor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1:feed:1:0", "v1:feed:1:0:40:extra", "v2:feed:1:0:40", "v1:feed:x:0:40", "v1:feed:1:0:y",
      "v1:feed:99999999999999999999:0:40", "v1:feed:9223372036854775807:9223372036854775807:1",
      "v1:feed:-9223372036854775808:-1:1", "v1:feed:31556889864403200:0:1", "v1:feed; DROP TABLE feed_item; --:0:0"})
  void forgedContentIsBadUserInput(String plain) {
    assertNotACursor(Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertNotACursor(String cursor) {
    assertThatThrownBy(() -> KeysetCursor.decode("feed", cursor)).isInstanceOf(BadUserInputException.class)
        .hasMessage("`after` is not a cursor of this list");
  }
}
