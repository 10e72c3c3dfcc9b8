package news.gateway.sql;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A batch's keys as one array parameter, {@code column = any(?)}: the statement's text is the same for every
 * page size, so the driver prepares it once per connection and PostgreSQL does not parse and plan it again.
 */
public final class Keys {

  /** Given, not inferred: jOOQ would otherwise look the array's type up by its Java class on every statement. */
  public static final DataType<Long[]> BIGINT_ARRAY = SQLDataType.BIGINT.array();

  private Keys() {}

  public static Condition anyOf(Field<Long> column, Collection<Long> keys) {
    return column.eq(DSL.any(DSL.val(array(keys), BIGINT_ARRAY)));
  }

  public static Long[] array(Collection<Long> keys) {
    return keys.toArray(Long[]::new);
  }
}
