package news.gateway.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The instants a client may give, as a `DateTime` or inside a cursor: the years 1 to 9999 in UTC, those ISO-8601
 * writes with four digits. Java's instants reach a billion years, PostgreSQL's {@code timestamptz} only 294276:
 * binding one past it fails in the database, as an internal error.
 */
public final class DateTimeRange {

  private static final Instant FIRST = LocalDate.of(1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END = LocalDate.of(10_000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private DateTimeRange() {}

  public static boolean contains(Instant instant) {
    return !instant.isBefore(FIRST) && instant.isBefore(END);
  }
}
