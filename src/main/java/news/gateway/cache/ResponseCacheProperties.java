package news.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional in-memory cache of anonymous query responses: off unless enabled; an entry lives {@code ttl}
 * after it was stored, so a scheduled article appears at most that late.
 */
@ConfigurationProperties("gateway.response-cache")
public record ResponseCacheProperties(@DefaultValue("false") boolean enabled, @DefaultValue("10s") Duration ttl,
    @DefaultValue("10000") long maxEntries) {}
