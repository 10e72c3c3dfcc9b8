package news.gateway.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the gateway's jOOQ runs, on any thread and outside GraphQL execution too: proves
 * that a request refused at the HTTP layer (where no `extensions.sqlStatements` exists) ran none. Import it
 * into a test's context and compare {@link #count()} before and after. Deliberately no configuration
 * annotation: the application's component scan (which sees the test classes under `spring-boot:run`) must
 * not pick it up.
 */
public class ExecutedStatements {

  private final AtomicInteger count = new AtomicInteger();

  public int count() {
    return count.get();
  }

  @Bean
  ExecuteListenerProvider executedStatementsCounter() {
    return new DefaultExecuteListenerProvider(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext context) {
        count.incrementAndGet();
      }
    });
  }
}
