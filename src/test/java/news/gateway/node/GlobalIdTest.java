package news.gateway.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import news.gateway.error.BadUserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalIdTest {

  @Test
  void anIdDecodesToTheTypeAndRowItWasMadeOf() {
    assertThat(GlobalId.decode(GlobalId.encode("ArticleFeedItem", 40))).isEqualTo(new GlobalId("ArticleFeedItem", 40));
  }

  @Test
  void aWellFormedIdOfARowThatDoesNotExistStillDecodes() {
    // whether the row exists is for the caller to find out; the ID itself is well formed
    assertThat(GlobalId.decode(encoded("Article:987654321"))).isEqualTo(new GlobalId("Article", 987654321));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"%%%", "not base64!", "QXJ0aWNsZTox==="})
  void textThatIsNotBase64urlIsBadUserInput(String id) {
    assertNotAnId(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Article", "Article:", ":5", "Article:x", "Article:1.5", "Article:-1", "Article:0",
      "Article:99999999999999999999", "article:5", "Article Feed:5", "Article';--:5", "Article:5; DROP TABLE article"})
  void forgedContentIsBadUserInput(String plain) {
    assertNotAnId(encoded(plain));
  }

  @Test
  void anOverlongIdIsBadUserInputWithoutBeingDecoded() {
    assertNotAnId("A".repeat(101));
  }

  @Test
  void invalidUtf8InsideIsBadUserInput() {
    assertNotAnId(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {(byte) 0xc3, 0x28, ':', '5'}));
  }

  private static void assertNotAnId(String id) {
    assertThatThrownBy(() -> GlobalId.decode(id)).isInstanceOf(BadUserInputException.class).hasMessage("Not a valid ID");
  }

  private static String encoded(String plain) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
