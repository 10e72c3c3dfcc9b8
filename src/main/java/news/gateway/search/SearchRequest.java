package news.gateway.search;

import java.util.stream.Stream;
import news.gateway.article.ArticleFilter;
import news.gateway.error.BadUserInputException;
import news.gateway.pagination.OpaqueCursor;
import news.gateway.pagination.PageRequest;

/**
 * A validated search: the text, the filter, the page size and where the page starts. A cursor names the
 * search it came from, so a cursor of one search is refused by another.
 */
record SearchRequest(String text, ArticleFilter filter, int first, RankCursor after) {

  static final int MAX_QUERY_LENGTH = 200;

  static SearchRequest of(String query, ArticleFilter filter, Integer first, String after) {
    String text = query == null ? "" : query.strip();
    if (text.isEmpty()) {
      throw new BadUserInputException("`query` must not be empty");
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new BadUserInputException("`query` must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      // PostgreSQL refuses NUL in text; no search box sends control characters
      throw new BadUserInputException("`query` must not contain control characters");
    }
    ArticleFilter criteria = ArticleFilter.checkedOrNone(filter);
    int size = PageRequest.checkedSize(first);
    String list = list(text, criteria);
    return new SearchRequest(text, criteria, size, after == null ? null : RankCursor.decode(list, after));
  }

  String cursorOf(SearchHit hit) {
    return new RankCursor(hit.rank(), hit.article().rowId()).encode(list(text, filter));
  }

  private static String list(String text, ArticleFilter filter) {
    return OpaqueCursor.listName("search", Stream.concat(Stream.of(text), filter.criteria().stream()).toList());
  }
}
