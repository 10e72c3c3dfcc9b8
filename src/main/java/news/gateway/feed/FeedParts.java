package news.gateway.feed;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import news.gateway.article.ArticleParts;

/**
 * What a feed query asks of its items beyond their own columns, joined into the statement that loads the page:
 * the parts of their articles (an article card's, a note's linked one) and the videos' thumbnails.
 */
record FeedParts(ArticleParts articles, boolean thumbnails) {

  static FeedParts askedBy(DataFetchingFieldSelectionSet connection) {
    ArticleParts articles = ArticleParts.NONE;
    for (SelectedField article : connection.getFields("edges/node/{article,linkedArticle}")) {
      articles = articles.or(ArticleParts.askedBy(article.getSelectionSet()));
    }
    return new FeedParts(articles, connection.contains("edges/node/thumbnail"));
  }
}
