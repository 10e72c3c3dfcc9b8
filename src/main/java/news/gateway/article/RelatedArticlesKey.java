package news.gateway.article;

/** The related stories of one article, at most {@code first}: the key of {@link RelatedArticlesDataLoader}. */
public record RelatedArticlesKey(long articleId, int first) {}
