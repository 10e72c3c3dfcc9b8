package news.gateway.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeScalarTest {

  private final DateTimeScalar scalar = new DateTimeScalar();

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01T00:00:00Z", "2026-11-20T18:00:00+01:00", "9999-12-31T23:59:59.999999999Z"})
  void aDateTimeInTheYearsOneTo9999IsAccepted(String text) {
    assertThat(scalar.parseValue(text, GraphQLContext.getDefault(), Locale.ROOT))
        .isEqualTo(OffsetDateTime.parse(text));
    assertThat(parseLiteral(text)).isEqualTo(OffsetDateTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+300000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z",
      "0001-01-01T00:30:00+01:00", "9999-12-31T23:00:00-05:00", "-999999999-01-01T00:00:00Z"})
  void aDateTimeOutsideTheYearsOneTo9999InUtcIsRefused(String text) {
    assertThatThrownBy(() -> scalar.parseValue(text, GraphQLContext.getDefault(), Locale.ROOT))
        .isInstanceOf(CoercingParseValueException.class)
        .hasMessage("A DateTime must be in the years 1 to 9999 (UTC): " + text);
    assertThatThrownBy(() -> parseLiteral(text)).isInstanceOf(CoercingParseLiteralException.class)
        .hasMessage("A DateTime must be in the years 1 to 9999 (UTC): " + text);
  }

  @Test
  void textThatIsNotADateTimeIsRefused() {
    assertThatThrownBy(() -> scalar.parseValue("tomorrow", GraphQLContext.getDefault(), Locale.ROOT))
        .isInstanceOf(CoercingParseValueException.class)
        .hasMessage("Not an ISO-8601 date-time with offset: tomorrow");
  }

  private OffsetDateTime parseLiteral(String text) {
    return scalar.parseLiteral(new StringValue(text), CoercedVariables.emptyVariables(), GraphQLContext.getDefault(),
        Locale.ROOT);
  }
}
