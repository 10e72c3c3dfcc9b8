package news.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The `Cache-Control` of successful query responses sent over GET: how long CDNs and browsers may reuse a
 * response ({@code max-age}) and how long after that they may still serve it while fetching a fresh one
 * ({@code stale-while-revalidate}).
 */
@ConfigurationProperties("gateway.http-cache")
public record HttpCacheProperties(@DefaultValue("30s") Duration maxAge,
    @DefaultValue("60s") Duration staleWhileRevalidate) {

  String cacheControl() {
    return "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
  }
}
