package news.gateway.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the gateway's jOOQ runs, on any thread and outside GraphQL execution too: proves
 * that a request refused at the HTTP layer (where no `extensions.sqlStatements` exists) ran none, and shows
 * what a request's statements read. Import it into a test's context and compare {@link #count()} before and
 * after. Deliberately no configuration
 * annotation: the application's component scan (which sees the test classes under `spring-boot:run`) must
 * not pick it up.
 */
public class ExecutedStatements {

  private final List<String> executed = new CopyOnWriteArrayList<>();

  public int count() {
    return executed.size();
  }

  /** The SQL of the statements run after the first {@code count} of them, in order. */
  public List<String> sqlAfter(int count) {
    return List.copyOf(executed.subList(count, executed.size()));
  }

  @Bean
  ExecuteListenerProvider executedStatementsCounter() {
    return new DefaultExecuteListenerProvider(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext context) {
        executed.add(context.sql());
      }
    });
  }
}
