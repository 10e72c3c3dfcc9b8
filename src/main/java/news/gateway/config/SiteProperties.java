package news.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The public web site the gateway serves: canonical article URLs are built on {@code baseUrl}. */
@ConfigurationProperties("gateway.site")
public record SiteProperties(@DefaultValue("https://www.harbourledger.example") String baseUrl) {

  public SiteProperties {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
