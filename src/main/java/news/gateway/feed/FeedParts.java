package news.gateway.feed;

import news.gateway.article.ArticleParts;
import news.gateway.batch.AskedFields;

/**
 * What a feed query asks of its items beyond their own columns, joined into the statement that loads the page:
 * the parts of their articles (an article card's, a note's linked one) and the videos' thumbnails.
 */
record FeedParts(ArticleParts articles, boolean thumbnails) {

  static FeedParts askedBy(AskedFields connection) {
    AskedFields items = connection.under("edges").under("node");
    return new FeedParts(ArticleParts.askedBy(items.under("article", "linkedArticle")), items.contains("thumbnail"));
  }
}
