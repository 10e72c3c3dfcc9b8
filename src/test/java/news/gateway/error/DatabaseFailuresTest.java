package news.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessResourceFailureException;

class DatabaseFailuresTest {

  @ParameterizedTest
  @CsvSource({
      "57014, TIMEOUT",
      "08001, SERVICE_UNAVAILABLE",
      "08006, SERVICE_UNAVAILABLE",
      "57P01, SERVICE_UNAVAILABLE",
      "57P03, SERVICE_UNAVAILABLE",
      "53300, SERVICE_UNAVAILABLE"})
  void theDriversStateDecidesThroughTheWrappersAroundIt(String sqlState, ErrorCode code) {
    SQLException driver = new SQLException("from the driver", sqlState);
    RuntimeException wrapped = new RuntimeException("jOOQ; SQL [select …]", new RuntimeException(driver));

    assertThat(DatabaseFailures.codeOf(wrapped)).contains(code);
  }

  @ParameterizedTest
  @CsvSource({"23505", "42P01", "22021", "40001"})
  void otherDatabaseErrorsAreNoneOfThem(String sqlState) {
    assertThat(DatabaseFailures.codeOf(new RuntimeException(new SQLException("bug", sqlState)))).isEmpty();
  }

  @Test
  void aPoolThatHandsOutNoConnectionIsUnavailable() {
    RuntimeException exception = new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
        new SQLTransientConnectionException("gateway - Connection is not available, request timed out after 1000ms"));

    assertThat(DatabaseFailures.codeOf(exception)).isEqualTo(Optional.of(ErrorCode.SERVICE_UNAVAILABLE));
  }

  @Test
  void runningOutOfTheRequestTimeBeforeAStatementIsATimeout() {
    assertThat(DatabaseFailures.codeOf(new RequestTimeoutException())).contains(ErrorCode.TIMEOUT);
  }

  @Test
  void aBugIsNoneOfThem() {
    assertThat(DatabaseFailures.codeOf(new IllegalStateException("Unknown feed item kind"))).isEmpty();
  }
}
