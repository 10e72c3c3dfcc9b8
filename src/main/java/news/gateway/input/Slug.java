package news.gateway.input;

import java.util.regex.Pattern;
import news.gateway.error.BadUserInputException;

/**
 * URL slugs as the database stores them: lowercase letters and digits in words joined by single hyphens
 * (the same rule as the `slug` check constraints). Anything else can never match, so it is refused as
 * {@code BAD_USER_INPUT} instead of being looked up.
 */
public final class Slug {

  public static final int MAX_LENGTH = 200;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slug() {}

  public static String checked(String slug) {
    if (slug == null || slug.length() > MAX_LENGTH || !SLUG.matcher(slug).matches()) {
      throw new BadUserInputException(
          "`slug` must be 1 to " + MAX_LENGTH + " lowercase letters, digits and single hyphens");
    }
    return slug;
  }
}
