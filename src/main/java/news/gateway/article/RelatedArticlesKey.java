package news.gateway.article;

/**
 * The related stories of one article, at most {@code first}: the key of {@link RelatedArticlesDataLoader}.
 * {@code withBylines} and {@code withHeroImages} say the query asks for the stories' bylines or pictures, which
 * then come in the same statement.
 */
public record RelatedArticlesKey(long articleId, int first, boolean withBylines, boolean withHeroImages) {}
