package news.gateway.image;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where resized pictures come from. The gateway builds URLs for an image resizer (imgproxy, Thumbor, a CDN's
 * image service); it never resizes pixels itself. Placeholders: {@code {url}} the original URL as stored,
 * {@code {encodedUrl}} the same URL-encoded, {@code {width}} and {@code {height}} in pixels.
 */
@ConfigurationProperties("gateway.images")
public record ImageProperties(@DefaultValue("{url}?w={width}&h={height}") String resizerUrlTemplate) {}
