package news.gateway.sql;

import static news.gateway.jooq.Tables.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import news.gateway.support.GatewayTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GatewayTest
class TimestamptzBindingTest {

  private static final long MAYORAL_RACE = 26;

  @Autowired
  DSLContext db;

  @Test
  void timestampsAreReadInUtcWhateverTheServersTimeZone() {
    TimeZone serverZone = TimeZone.getDefault();
    List<OffsetDateTime> read = new ArrayList<>();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      // past the driver's prepare threshold, so both its text and its binary results are read
      for (int run = 0; run < 8; run++) {
        read.add(db.select(ARTICLE.PUBLISHED_AT).from(ARTICLE).where(ARTICLE.ID.eq(MAYORAL_RACE))
            .fetchSingle(ARTICLE.PUBLISHED_AT));
      }
    } finally {
      TimeZone.setDefault(serverZone);
    }

    assertThat(read).containsOnly(OffsetDateTime.parse("2026-10-20T12:00:00Z"));
  }
}
