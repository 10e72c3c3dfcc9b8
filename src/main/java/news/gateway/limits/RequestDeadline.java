package news.gateway.limits;

import java.time.Duration;

/**
 * When the GraphQL request running on the current thread must be done. Data fetchers and DataLoaders run
 * synchronously on the request's thread (as {@link news.gateway.sql.SqlStatementCounter} relies on too), so
 * every statement of the request sees the deadline.
 */
final class RequestDeadline {

  private static final ThreadLocal<Long> DEADLINE_NANOS = new ThreadLocal<>();

  private RequestDeadline() {}

  static void start(Duration timeout) {
    DEADLINE_NANOS.set(System.nanoTime() + timeout.toNanos());
  }

  static void clear() {
    DEADLINE_NANOS.remove();
  }

  /** Time left until the deadline (negative once past it), or null outside a request. */
  static Duration remaining() {
    Long deadline = DEADLINE_NANOS.get();
    return deadline == null ? null : Duration.ofNanos(deadline - System.nanoTime());
  }
}
