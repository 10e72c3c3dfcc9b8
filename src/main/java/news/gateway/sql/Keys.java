package news.gateway.sql;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A batch's keys as one array parameter, {@code column = any(?)}: the statement's text is the same for every
 * page size, so the driver prepares it once per connection and PostgreSQL does not parse and plan it again.
 */
public final class Keys {

  private Keys() {}

  public static Condition anyOf(Field<Long> column, Collection<Long> keys) {
    return column.eq(DSL.any(keys.toArray(Long[]::new)));
  }
}
