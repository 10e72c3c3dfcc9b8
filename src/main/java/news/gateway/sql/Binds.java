package news.gateway.sql;

import java.util.HashMap;
import java.util.Map;
import org.jooq.Param;

/** The values one run of a {@link RenderedQueries} statement binds to its named placeholders. */
public final class Binds {

  private final Map<String, Object> values = new HashMap<>(8);

  private Binds() {}

  public static <T> Binds of(Param<T> placeholder, T value) {
    return new Binds().and(placeholder, value);
  }

  public <T> Binds and(Param<T> placeholder, T value) {
    values.put(placeholder.getParamName(), value);
    return this;
  }

  Object valueOf(String placeholder, String sql) {
    if (!values.containsKey(placeholder)) {
      throw new IllegalArgumentException("no value for the placeholder " + placeholder + " of " + sql);
    }
    return values.get(placeholder);
  }
}
