package news.gateway.article.body;

import java.util.List;

/**
 * One block of an article body, as stored in `article.blocks` (shape checked by the database's
 * `article_blocks_valid`); each record is the GraphQL type of the same name.
 */
public sealed interface ContentBlock {

  /** A paragraph of text with inline marks (bold, italic, links) over character ranges. */
  record ParagraphBlock(String text, List<TextMark> marks) implements ContentBlock {}

  /** A sub-heading within the body, level 2 to 4. */
  record HeadingBlock(String text, int level) implements ContentBlock {}

  /** An inline picture. */
  record ImageBlock(long imageId) implements ContentBlock {}

  /** A pull quote and who said it. */
  record QuoteBlock(String text, String attribution) implements ContentBlock {}

  /** An embedded video or social-media post, by URL. */
  record EmbedBlock(EmbedProvider provider, String url, String title) implements ContentBlock {}

  /** A "read also" teaser for another article. */
  record RelatedArticleBlock(long articleId) implements ContentBlock {}

  /** An inline mark over {@code text[start, end)}; {@code href} only for links. */
  record TextMark(MarkType type, int start, int end, String href) {}

  enum MarkType { BOLD, ITALIC, LINK }

  enum EmbedProvider { VIDEO, SOCIAL }
}
