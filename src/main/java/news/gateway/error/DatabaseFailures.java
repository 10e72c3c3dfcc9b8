package news.gateway.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Failures a client should see as {@code TIMEOUT} or {@code SERVICE_UNAVAILABLE} rather than {@code INTERNAL}:
 * a cancelled statement, or a database that cannot be reached. Looks through the whole cause chain, since
 * jOOQ and Spring wrap the driver's exception.
 */
final class DatabaseFailures {

  /** query_canceled: the statement timeout fired, or the driver cancelled it on its query timeout. */
  private static final String QUERY_CANCELED = "57014";
  /** Connection exceptions (class 08), shutdowns and refused start-ups, too many connections. */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
  private static final int MAX_CAUSES = 20;

  private DatabaseFailures() {}

  static Optional<ErrorCode> codeOf(Throwable exception) {
    Throwable current = exception;
    for (int i = 0; current != null && i < MAX_CAUSES; i++, current = current.getCause()) {
      if (current instanceof RequestTimeoutException || current instanceof SQLTimeoutException) {
        return Optional.of(ErrorCode.TIMEOUT);
      }
      if (current instanceof SQLTransientConnectionException || current instanceof SQLNonTransientConnectionException) {
        return Optional.of(ErrorCode.SERVICE_UNAVAILABLE);
      }
      if (current instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals(QUERY_CANCELED)) {
          return Optional.of(ErrorCode.TIMEOUT);
        }
        if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
          return Optional.of(ErrorCode.SERVICE_UNAVAILABLE);
        }
      }
    }
    return Optional.empty();
  }
}
