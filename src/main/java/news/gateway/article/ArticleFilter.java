package news.gateway.article;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import news.gateway.input.Slug;
import news.gateway.pagination.OpaqueCursor;

/** The GraphQL `ArticleFilter` input: every criterion given must match; slugs name the section, tag, author. */
public record ArticleFilter(String section, String tag, String author, OffsetDateTime publishedAfter,
    OffsetDateTime publishedBefore) {

  public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null);

  /** The filter a client gave, its slugs checked ({@link Slug}); none when it gave none. */
  public static ArticleFilter checkedOrNone(ArticleFilter filter) {
    if (filter == null) {
      return NONE;
    }
    Slug.checkedIfGiven(filter.section());
    Slug.checkedIfGiven(filter.tag());
    Slug.checkedIfGiven(filter.author());
    return filter;
  }

  /**
   * What the filter chooses articles by, as text for {@link OpaqueCursor#listName}; the dates as instants, which
   * is what they choose by whatever offset they were written with.
   */
  public List<String> criteria() {
    return Arrays.asList(section, tag, author, instant(publishedAfter), instant(publishedBefore));
  }

  private static String instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant().toString();
  }

  public static ArticleFilter ofSection(String slug) {
    return new ArticleFilter(slug, null, null, null, null);
  }

  public static ArticleFilter ofTag(String slug) {
    return new ArticleFilter(null, slug, null, null, null);
  }

  public static ArticleFilter ofAuthor(String slug) {
    return new ArticleFilter(null, null, slug, null, null);
  }
}
