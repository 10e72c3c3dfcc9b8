package news.gateway.scalar;

import com.netflix.graphql.dgs.DgsScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import news.gateway.input.DateTimeRange;

/**
 * `DateTime`: ISO-8601 with offset, e.g. {@code 2026-11-20T18:00:00Z}, in the years 1 to 9999
 * ({@link DateTimeRange}).
 */
@DgsScalar(name = "DateTime")
public class DateTimeScalar implements Coercing<OffsetDateTime, String> {

  @Override
  public String serialize(Object value, GraphQLContext context, Locale locale) {
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    throw new CoercingSerializeException("Not a DateTime: " + value);
  }

  @Override
  public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
    if (input instanceof String text) {
      return parse(text, CoercingParseValueException::new);
    }
    throw new CoercingParseValueException("A DateTime must be a string");
  }

  @Override
  public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
      Locale locale) {
    if (input instanceof StringValue text) {
      return parse(text.getValue(), CoercingParseLiteralException::new);
    }
    throw new CoercingParseLiteralException("A DateTime must be a string");
  }

  private static OffsetDateTime parse(String text, Function<String, RuntimeException> refusal) {
    OffsetDateTime dateTime;
    try {
      dateTime = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw refusal.apply("Not an ISO-8601 date-time with offset: " + text);
    }
    if (!DateTimeRange.contains(dateTime.toInstant())) {
      throw refusal.apply("A DateTime must be in the years 1 to 9999 (UTC): " + text);
    }
    return dateTime;
  }
}
