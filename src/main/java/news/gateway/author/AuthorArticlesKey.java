package news.gateway.author;

import news.gateway.pagination.PageRequest;

/** One author's page of articles: the key of {@link AuthorArticlesDataLoader}. */
public record AuthorArticlesKey(long authorId, PageRequest page) {}
