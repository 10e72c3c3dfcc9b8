package news.gateway.sql;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the SQL statements jOOQ executes for the GraphQL request running on the current thread.
 * Data fetchers and DataLoaders run synchronously on the request's thread, which is what makes a
 * thread-bound count exact.
 */
public class SqlStatementCounter implements ExecuteListener {

  private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();

  public static void start() {
    CURRENT.set(new AtomicInteger());
  }

  /** The count since {@link #start()}, and stops counting; -1 when nothing was counting. */
  public static int stop() {
    AtomicInteger count = CURRENT.get();
    CURRENT.remove();
    return count == null ? -1 : count.get();
  }

  @Override
  public void executeStart(ExecuteContext context) {
    AtomicInteger count = CURRENT.get();
    if (count != null) {
      count.incrementAndGet();
    }
  }
}
