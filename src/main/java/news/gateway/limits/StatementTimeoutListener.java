package news.gateway.limits;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import news.gateway.error.RequestTimeoutException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * Gives each SQL statement of a GraphQL request only the time the request has left: the JDBC query timeout
 * (whole seconds, rounded up) makes the driver cancel the statement on the server, so a slow query cannot
 * hold a connection past the request timeout. Once the time is up, no further statement starts.
 */
class StatementTimeoutListener implements ExecuteListener {

  @Override
  public void executeStart(ExecuteContext context) {
    Duration remaining = RequestDeadline.remaining();
    Statement statement = context.statement();
    if (remaining == null || statement == null) {
      return;
    }
    if (remaining.isNegative() || remaining.isZero()) {
      throw new RequestTimeoutException();
    }
    try {
      statement.setQueryTimeout((int) Math.max(1, (remaining.toMillis() + 999) / 1000));
    } catch (SQLException e) {
      throw new DataAccessException("Could not set the statement timeout", e);
    }
  }
}
