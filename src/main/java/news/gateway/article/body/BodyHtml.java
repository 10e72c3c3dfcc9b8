package news.gateway.article.body;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import news.gateway.article.body.ContentBlock.EmbedBlock;
import news.gateway.article.body.ContentBlock.HeadingBlock;
import news.gateway.article.body.ContentBlock.ParagraphBlock;
import news.gateway.article.body.ContentBlock.QuoteBlock;
import news.gateway.article.body.ContentBlock.TextMark;

/**
 * The body as simple HTML for clients that do not render blocks: paragraphs, headings, quotes and embeds
 * as links. Pictures and teasers need loading and are only in `Article.blocks`.
 */
public final class BodyHtml {

  private BodyHtml() {}

  public static String render(String blocksJson) {
    StringBuilder html = new StringBuilder();
    for (ContentBlock block : ContentBlocks.parse(blocksJson)) {
      if (block instanceof ParagraphBlock p) {
        html.append("<p>").append(markedUp(p.text(), p.marks())).append("</p>\n");
      } else if (block instanceof HeadingBlock h) {
        html.append("<h").append(h.level()).append('>').append(escape(h.text()))
            .append("</h").append(h.level()).append(">\n");
      } else if (block instanceof QuoteBlock q) {
        html.append("<blockquote><p>").append(escape(q.text())).append("</p>");
        if (q.attribution() != null) {
          html.append("<cite>").append(escape(q.attribution())).append("</cite>");
        }
        html.append("</blockquote>\n");
      } else if (block instanceof EmbedBlock e) {
        html.append("<p><a href=\"").append(escape(e.url())).append("\">")
            .append(escape(e.title() == null ? e.url() : e.title())).append("</a></p>\n");
      }
    }
    return html.toString();
  }

  /** Splits the text at every mark boundary and wraps each piece in the marks covering it. */
  private static String markedUp(String text, List<TextMark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (TextMark mark : marks) {
      cuts.add(Math.min(mark.start(), text.length()));
      cuts.add(Math.min(mark.end(), text.length()));
    }
    List<TextMark> outermostFirst = marks.stream()
        .sorted(Comparator.comparingInt(TextMark::start).thenComparing(TextMark::end, Comparator.reverseOrder()))
        .toList();
    StringBuilder html = new StringBuilder();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      StringBuilder open = new StringBuilder();
      StringBuilder close = new StringBuilder();
      for (TextMark mark : outermostFirst) {
        if (mark.start() <= from && to <= mark.end()) {
          open.append(openTag(mark));
          close.insert(0, closeTag(mark));
        }
      }
      html.append(open).append(escape(text.substring(from, to))).append(close);
      from = to;
    }
    return html.toString();
  }

  private static String openTag(TextMark mark) {
    return switch (mark.type()) {
      case BOLD -> "<strong>";
      case ITALIC -> "<em>";
      case LINK -> "<a href=\"" + escape(mark.href()) + "\">";
    };
  }

  private static String closeTag(TextMark mark) {
    return switch (mark.type()) {
      case BOLD -> "</strong>";
      case ITALIC -> "</em>";
      case LINK -> "</a>";
    };
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
