package news.gateway.article;

/**
 * The related stories of one article, at most {@code first}, with the {@code parts} the query asks of them: the
 * key of {@link RelatedArticlesDataLoader}.
 */
public record RelatedArticlesKey(long articleId, int first, ArticleParts parts) {}
