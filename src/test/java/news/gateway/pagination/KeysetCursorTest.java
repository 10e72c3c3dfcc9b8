package news.gateway.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import news.gateway.error.BadUserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forged cursors are made as the gateway makes its own ({@link OpaqueCursor#encode}), each differing from a
 * valid feed cursor in one thing only, so that each is refused by the check its test names.
 */
class KeysetCursorTest {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  @Test
  void aCursorDecodesToThePositionItWasMadeOf() {
    KeysetCursor position = new KeysetCursor(OffsetDateTime.parse("2026-11-20T18:00:00.123456Z"), 40);

    assertThat(KeysetCursor.decode("feed", position.encode("feed"))).isEqualTo(position);
  }

  @Test
  void aForgedCursorOfValidValuesIsAPosition() {
    assertThat(KeysetCursor.decode("feed", OpaqueCursor.encode("feed", "1795197600", "0", "40")))
        .isEqualTo(new KeysetCursor(OffsetDateTime.parse("2026-11-20T18:00:00Z"), 40));
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(KeysetCursor.decode("feed", null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"author-articles", "articles", "feed-3c1", "feed; DROP TABLE feed_item; --"})
  void aCursorOfAnotherListIsBadUserInput(String list) {
    assertNotACursor(OpaqueCursor.encode(list, "1795197600", "0", "40"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%%%", "' OR 1=1 --", "djEuZmVlZC5NUQ\u0000"})
  void textThatIsNotBase64urlIsBadUserInput(String cursor) {
    assertNotACursor(cursor);
  }

  @Test
  void aValueThatIsNotBase64urlIsBadUserInput() {
    assertNotACursor(base64url("v1.feed.MTc5NTE5NzYwMA.%%%.NDA"));
  }

  @Test
  void anotherVersionIsBadUserInput() {
    assertNotACursor(base64url("v2.feed.MTc5NTE5NzYwMA.MA.NDA"));
  }

  @Test
  void tooFewOrTooManyValuesAreBadUserInput() {
    assertNotACursor(OpaqueCursor.encode("feed", "1795197600", "0"));
    assertNotACursor(OpaqueCursor.encode("feed", "1795197600", "0", "40", "40"));
  }

  @ParameterizedTest
  @CsvSource({"x, 0, 40", "1795197600, y, 40", "1795197600, 0, z", "99999999999999999999, 0, 40",
      "1795197600, 0, 99999999999999999999", "'1; DROP TABLE feed_item; --', 0, 40"})
  void valuesThatAreNotNumbersAreBadUserInput(String epochSecond, String nano, String id) {
    assertNotACursor(OpaqueCursor.encode("feed", epochSecond, nano, id));
  }

  @ParameterizedTest
  @CsvSource({"9223372036854775807, 9223372036854775807, 1", "-9223372036854775808, -1, 1",
      "31556889864403200, 0, 1"})
  void anInstantBeyondJavasIsBadUserInput(String epochSecond, String nano, String id) {
    assertNotACursor(OpaqueCursor.encode("feed", epochSecond, nano, id));
  }

  @ParameterizedTest
  @CsvSource({"10000000000000, 0, 1", "253402300800, 0, 1", "-62135596801, 999999999, 1"})
  void anInstantOutsideTheYearsOneTo9999IsBadUserInput(String epochSecond, String nano, String id) {
    assertNotACursor(OpaqueCursor.encode("feed", epochSecond, nano, id));
  }

  @Test
  void theFirstAndLastInstantsOfTheYearsOneTo9999ArePositions() {
    assertThat(KeysetCursor.decode("feed", OpaqueCursor.encode("feed", "-62135596800", "0", "1")))
        .isEqualTo(new KeysetCursor(OffsetDateTime.parse("0001-01-01T00:00:00Z"), 1));
    assertThat(KeysetCursor.decode("feed", OpaqueCursor.encode("feed", "253402300799", "999999999", "1")))
        .isEqualTo(new KeysetCursor(OffsetDateTime.parse("9999-12-31T23:59:59.999999999Z"), 1));
  }

  private static String base64url(String plain) {
    return BASE64URL.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertNotACursor(String cursor) {
    assertThatThrownBy(() -> KeysetCursor.decode("feed", cursor)).isInstanceOf(BadUserInputException.class)
        .hasMessage("`after` is not a cursor of this list");
  }
}
