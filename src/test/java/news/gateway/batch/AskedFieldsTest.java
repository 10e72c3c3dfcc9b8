package news.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.gateway.support.GraphQlTestClient;
import org.junit.jupiter.api.Test;

class AskedFieldsTest {

  @Test
  void fieldsAreFoundThroughFragmentSpreadsInlineFragmentsAndAliases() {
    AskedFields feed = askedUnderFeed("feed-cards-through-fragments-and-aliases");

    AskedFields items = feed.under("edges").under("node");
    AskedFields articles = items.under("article", "linkedArticle");
    assertThat(articles.contains("headline")).isTrue();
    assertThat(articles.contains("heroImage")).isTrue();
    assertThat(articles.contains("authors")).isTrue();
    assertThat(articles.contains("byline")).isFalse();
    assertThat(articles.contains("body")).isFalse();
    assertThat(items.under("article").contains("authors")).isFalse();
    assertThat(items.under("linkedArticle").contains("authors")).isTrue();
    assertThat(items.contains("thumbnail")).isFalse();
    assertThat(feed.under("pageInfo").contains("hasNextPage")).isFalse();
  }

  private static AskedFields askedUnderFeed(String document) {
    Document parsed = Parser.parse(GraphQlTestClient.load(document));
    Field feed = (Field) parsed.getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet()
        .getSelections().get(0);
    Map<String, FragmentDefinition> fragments = parsed.getDefinitionsOfType(FragmentDefinition.class).stream()
        .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
    return new AskedFields(List.of(feed.getSelectionSet()), fragments, OptionalColumns.ALL);
  }
}
