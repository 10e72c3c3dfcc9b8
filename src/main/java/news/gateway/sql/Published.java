package news.gateway.sql;

import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The one rule of visibility: a row is public once its `published_at` is set and not in the future. */
public final class Published {

  private Published() {}

  public static Condition asOfNow(Field<OffsetDateTime> publishedAt) {
    return publishedAt.le(DSL.currentOffsetDateTime());
  }
}
