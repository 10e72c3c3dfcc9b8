package news.gateway.input;

import news.gateway.error.BadUserInputException;

/**
 * Checks a URL slug before it is looked up. A slug is looked up as the text it is (jOOQ binds it as a value),
 * so one that matches nothing, SQL-looking text included, simply finds nothing. Refused as
 * {@code BAD_USER_INPUT}: slugs longer than any stored one, and control characters, which PostgreSQL would
 * reject (NUL) or which only a forged request contains.
 */
public final class Slug {

  public static final int MAX_LENGTH = 200;

  private Slug() {}

  public static String checked(String slug) {
    if (slug == null || slug.length() > MAX_LENGTH || slug.chars().anyMatch(Character::isISOControl)) {
      throw new BadUserInputException(
          "`slug` must be at most " + MAX_LENGTH + " characters, without control characters");
    }
    return slug;
  }

  /** A slug a client may leave out, such as a filter's: {@code null} stays {@code null}. */
  public static String checkedIfGiven(String slug) {
    return slug == null ? null : checked(slug);
  }
}
