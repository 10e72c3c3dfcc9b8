package news.gateway.feed;

import java.util.List;

/** The GraphQL `FeedFilter` input: a section slug and the kinds wanted; null means any. */
public record FeedFilter(String section, List<String> kinds) {

  public static final FeedFilter NONE = new FeedFilter(null, null);

  public static FeedFilter orNone(FeedFilter filter) {
    return filter == null ? NONE : filter;
  }
}
