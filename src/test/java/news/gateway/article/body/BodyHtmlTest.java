package news.gateway.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyHtmlTest {

  @Test
  void everyBlockKindBecomesItsElementAndHtmlsSpecialCharactersAreEscapedEverywhere() {
    String blocks = """
        [{"type": "heading", "level": 2, "text": "Rates & <rents>"},
         {"type": "paragraph", "text": "\\"Fair\\" isn't <b>free</b> — café", "marks": []},
         {"type": "image", "imageId": 7},
         {"type": "quote", "text": "It's 5 > 4", "attribution": "A & B"},
         {"type": "quote", "text": "Unattributed", "attribution": null},
         {"type": "embed", "provider": "social", "url": "https://social.example/p?a=1&b=\\"2\\"", "title": "Post <1>"},
         {"type": "embed", "provider": "video", "url": "https://video.example/v?x=1&y=2"},
         {"type": "related", "articleId": 3}]
        """;

    assertThat(BodyHtml.render(blocks)).isEqualTo("""
        <h2>Rates &amp; &lt;rents&gt;</h2>
        <p>&quot;Fair&quot; isn&#39;t &lt;b&gt;free&lt;/b&gt; — café</p>
        <blockquote><p>It&#39;s 5 &gt; 4</p><cite>A &amp; B</cite></blockquote>
        <blockquote><p>Unattributed</p></blockquote>
        <p><a href="https://social.example/p?a=1&amp;b=&quot;2&quot;">Post &lt;1&gt;</a></p>
        <p><a href="https://video.example/v?x=1&amp;y=2">https://video.example/v?x=1&amp;y=2</a></p>
        """);
  }

  @Test
  void eachPieceBetweenMarkBoundariesIsWrappedInTheMarksCoveringItOutermostFirst() {
    // A link over "the full list" with "full" also bold, and an italic "now" whose end runs past the text.
    String blocks = """
        [{"type": "paragraph", "text": "Read the full list & now", "marks": [
          {"type": "bold", "start": 9, "end": 13},
          {"type": "link", "start": 5, "end": 18, "href": "https://example.org/list?a=1&b=2"},
          {"type": "italic", "start": 21, "end": 99}]}]
        """;
    String link = "<a href=\"https://example.org/list?a=1&amp;b=2\">";

    assertThat(BodyHtml.render(blocks)).isEqualTo("<p>Read " + link + "the </a>" + link + "<strong>full</strong></a>"
        + link + " list</a> &amp; <em>now</em></p>\n");
  }

  @Test
  void noBlocksOrNoneFoundGiveAnEmptyBody() {
    assertThat(BodyHtml.render("[]")).isEmpty();
    assertThat(BodyHtml.render(null)).isEmpty();
  }
}
