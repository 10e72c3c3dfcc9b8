package news.gateway.article;

import java.time.OffsetDateTime;

/** The GraphQL `ArticleFilter` input: every criterion given must match; slugs name the section, tag, author. */
public record ArticleFilter(String section, String tag, String author, OffsetDateTime publishedAfter,
    OffsetDateTime publishedBefore) {

  public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null);

  public static ArticleFilter orNone(ArticleFilter filter) {
    return filter == null ? NONE : filter;
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
