package news.gateway.feed;

import java.util.List;
import java.util.Map;

/** The GraphQL `FeedFilter` input: a section slug and the kinds wanted; null means any. */
public record FeedFilter(String section, List<String> kinds) {

  private static final FeedFilter NONE = new FeedFilter(null, null);

  /** The filter from its argument as graphql-java coerced it: a map of its fields, the kinds by name. */
  @SuppressWarnings("unchecked")
  static FeedFilter of(Map<String, Object> argument) {
    return argument == null
        ? NONE
        : new FeedFilter((String) argument.get("section"), (List<String>) argument.get("kinds"));
  }
}
