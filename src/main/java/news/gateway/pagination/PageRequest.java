package news.gateway.pagination;

import news.gateway.error.BadUserInputException;

/** A validated `first`/`after` pair of a list ordered by publication time. */
public record PageRequest(int first, KeysetCursor after) {

  public static final int MAX_PAGE_SIZE = 100;

  public static PageRequest of(String list, Integer first, String after) {
    return new PageRequest(checkedSize(first), KeysetCursor.decode(list, after));
  }

  /** A page size within 1..{@value #MAX_PAGE_SIZE}, or a BAD_USER_INPUT error. */
  public static int checkedSize(Integer first) {
    if (!isValidSize(first)) {
      throw new BadUserInputException("`first` must be between 1 and " + MAX_PAGE_SIZE + ", was " + first);
    }
    return first;
  }

  public static boolean isValidSize(Integer first) {
    return first != null && first >= 1 && first <= MAX_PAGE_SIZE;
  }
}
