package news.gateway.search;

import news.gateway.article.Article;

/** The GraphQL `SearchEdge`: a result, its cursor and its highlighted passage. */
public record SearchEdge(String cursor, Article node, String highlight) {}
