package news.gateway.article;

import news.gateway.pagination.PageRequest;

/** One page of one filtered article list: the key of {@link ArticleListsDataLoader}. */
public record ArticleListKey(ArticleFilter filter, PageRequest page) {}
