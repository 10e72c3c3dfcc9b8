package news.gateway.article.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.gateway.article.body.ContentBlock.EmbedBlock;
import news.gateway.article.body.ContentBlock.EmbedProvider;
import news.gateway.article.body.ContentBlock.HeadingBlock;
import news.gateway.article.body.ContentBlock.ImageBlock;
import news.gateway.article.body.ContentBlock.MarkType;
import news.gateway.article.body.ContentBlock.ParagraphBlock;
import news.gateway.article.body.ContentBlock.QuoteBlock;
import news.gateway.article.body.ContentBlock.RelatedArticleBlock;
import news.gateway.article.body.ContentBlock.TextMark;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the stored jsonb blocks of an article into {@link ContentBlock}s. */
public final class ContentBlocks {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ContentBlocks() {}

  public static List<ContentBlock> parse(String blocksJson) {
    if (blocksJson == null) {
      return List.of();
    }
    List<ContentBlock> blocks = new ArrayList<>();
    for (JsonNode node : JSON.readTree(blocksJson)) {
      blocks.add(switch (node.path("type").asString()) {
        case "paragraph" -> new ParagraphBlock(node.path("text").asString(), marks(node.path("marks")));
        case "heading" -> new HeadingBlock(node.path("text").asString(), node.path("level").asInt());
        case "image" -> new ImageBlock(node.path("imageId").asLong());
        case "quote" -> new QuoteBlock(node.path("text").asString(), optionalText(node, "attribution"));
        case "embed" -> new EmbedBlock(EmbedProvider.valueOf(node.path("provider").asString().toUpperCase(Locale.ROOT)),
            node.path("url").asString(), optionalText(node, "title"));
        case "related" -> new RelatedArticleBlock(node.path("articleId").asLong());
        default -> throw new IllegalStateException("Unknown block type " + node.path("type"));
      });
    }
    return blocks;
  }

  private static List<TextMark> marks(JsonNode marks) {
    List<TextMark> result = new ArrayList<>();
    for (JsonNode mark : marks) {
      result.add(new TextMark(MarkType.valueOf(mark.path("type").asString().toUpperCase(Locale.ROOT)),
          mark.path("start").asInt(), mark.path("end").asInt(), optionalText(mark, "href")));
    }
    return result;
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
