package news.gateway.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.gateway.error.BadUserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"maren-holt", "' OR '1'='1", "x'; DROP TABLE author; --", "Café au lait", ""})
  void anyTextWithoutControlCharactersIsLookedUpAsItIs(String slug) {
    assertThat(Slug.checked(slug)).isSameAs(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"maren\u0000holt", "maren\tholt", "maren\nholt", "maren\u007fholt"})
  void controlCharactersAreBadUserInput(String slug) {
    assertThatThrownBy(() -> Slug.checked(slug)).isInstanceOf(BadUserInputException.class)
        .hasMessage("`slug` must be at most 200 characters, without control characters");
  }

  @Test
  void aSlugLeftOutStaysLeftOutAndOneGivenIsChecked() {
    assertThat(Slug.checkedIfGiven(null)).isNull();
    assertThat(Slug.checkedIfGiven("maren-holt")).isEqualTo("maren-holt");
    assertThatThrownBy(() -> Slug.checkedIfGiven("maren\u0000holt")).isInstanceOf(BadUserInputException.class);
  }

  @Test
  void twoHundredCharactersAreLookedUpAndTwoHundredAndOneAreBadUserInput() {
    assertThat(Slug.checked("a".repeat(200))).hasSize(200);
    assertThatThrownBy(() -> Slug.checked("a".repeat(201))).isInstanceOf(BadUserInputException.class)
        .hasMessage("`slug` must be at most 200 characters, without control characters");
  }
}
