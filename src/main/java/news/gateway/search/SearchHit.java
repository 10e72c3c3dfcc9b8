package news.gateway.search;

import news.gateway.article.Article;

/** An article matching a search, its rank and the passage that matches best. */
record SearchHit(Article article, float rank, String highlight) {}
