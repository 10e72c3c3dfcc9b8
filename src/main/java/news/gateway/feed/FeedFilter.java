package news.gateway.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import news.gateway.input.Slug;
import news.gateway.pagination.OpaqueCursor;

/** The GraphQL `FeedFilter` input: a section slug and the kinds wanted; null means any. */
public record FeedFilter(String section, List<String> kinds) {

  private static final FeedFilter NONE = new FeedFilter(null, null);

  /**
   * The filter from its argument as graphql-java coerced it: a map of its fields, the kinds by name. The section
   * is checked ({@link Slug}); the kinds are the schema's enum values.
   */
  @SuppressWarnings("unchecked")
  static FeedFilter of(Map<String, Object> argument) {
    return argument == null
        ? NONE
        : new FeedFilter(Slug.checkedIfGiven((String) argument.get("section")),
            (List<String>) argument.get("kinds"));
  }

  /**
   * What the filter chooses items by, as text for {@link OpaqueCursor#listName}; the kinds sorted, since in any
   * order, and repeated, they choose the same items.
   */
  List<String> criteria() {
    return Arrays.asList(section, kinds == null ? null : String.join(",", new TreeSet<>(kinds)));
  }
}
