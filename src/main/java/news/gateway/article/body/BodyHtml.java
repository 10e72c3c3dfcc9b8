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
    if (blocksJson == null) {
      return "";
    }
    // The HTML is about as long as the JSON it comes from: one buffer, written in place, never regrown piece by
    // piece (growing and copying intermediate strings was two thirds of the rendering's cost on the article page).
    StringBuilder html = new StringBuilder(blocksJson.length());
    for (ContentBlock block : ContentBlocks.parse(blocksJson)) {
      if (block instanceof ParagraphBlock p) {
        html.append("<p>");
        appendMarkedUp(html, p.text(), p.marks());
        html.append("</p>\n");
      } else if (block instanceof HeadingBlock h) {
        html.append("<h").append(h.level()).append('>');
        appendEscaped(html, h.text());
        html.append("</h").append(h.level()).append(">\n");
      } else if (block instanceof QuoteBlock q) {
        html.append("<blockquote><p>");
        appendEscaped(html, q.text());
        html.append("</p>");
        if (q.attribution() != null) {
          html.append("<cite>");
          appendEscaped(html, q.attribution());
          html.append("</cite>");
        }
        html.append("</blockquote>\n");
      } else if (block instanceof EmbedBlock e) {
        html.append("<p><a href=\"");
        appendEscaped(html, e.url());
        html.append("\">");
        appendEscaped(html, e.title() == null ? e.url() : e.title());
        html.append("</a></p>\n");
      }
    }
    return html.toString();
  }

  /** Splits the text at every mark boundary and wraps each piece in the marks covering it. */
  private static void appendMarkedUp(StringBuilder html, String text, List<TextMark> marks) {
    if (marks.isEmpty()) {
      appendEscaped(html, text);
      return;
    }
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (TextMark mark : marks) {
      cuts.add(Math.min(mark.start(), text.length()));
      cuts.add(Math.min(mark.end(), text.length()));
    }
    List<TextMark> outermostFirst = marks.stream()
        .sorted(Comparator.comparingInt(TextMark::start).thenComparing(TextMark::end, Comparator.reverseOrder()))
        .toList();
    int from = cuts.first();
    for (int to : cuts.tailSet(from, false)) {
      for (TextMark mark : outermostFirst) {
        if (covers(mark, from, to)) {
          appendOpenTag(html, mark);
        }
      }
      appendEscaped(html, text, from, to);
      for (int i = outermostFirst.size() - 1; i >= 0; i--) {
        if (covers(outermostFirst.get(i), from, to)) {
          html.append(closeTag(outermostFirst.get(i)));
        }
      }
      from = to;
    }
  }

  private static boolean covers(TextMark mark, int from, int to) {
    return mark.start() <= from && to <= mark.end();
  }

  private static void appendOpenTag(StringBuilder html, TextMark mark) {
    switch (mark.type()) {
      case BOLD -> html.append("<strong>");
      case ITALIC -> html.append("<em>");
      case LINK -> {
        html.append("<a href=\"");
        appendEscaped(html, mark.href());
        html.append("\">");
      }
    }
  }

  private static String closeTag(TextMark mark) {
    return switch (mark.type()) {
      case BOLD -> "</strong>";
      case ITALIC -> "</em>";
      case LINK -> "</a>";
    };
  }

  private static void appendEscaped(StringBuilder html, String text) {
    appendEscaped(html, text, 0, text.length());
  }

  /** Appends text[from, to) with HTML's special characters escaped, copying the runs between them whole. */
  private static void appendEscaped(StringBuilder html, String text, int from, int to) {
    int run = from;
    for (int i = from; i < to; i++) {
      String entity = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null) {
        html.append(text, run, i).append(entity);
        run = i + 1;
      }
    }
    html.append(text, run, to);
  }
}
