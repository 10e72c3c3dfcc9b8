package news.gateway.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many automatic persisted queries the gateway remembers; the least recently used go first. */
@ConfigurationProperties("gateway.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("10000") long maxEntries) {}
