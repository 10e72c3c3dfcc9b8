package news.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.Scalars;
import graphql.schema.GraphQLFieldDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessorFetcherTest {

  public record Headline(String text, long rowId) {

    public String id() {
      return "Headline:" + rowId;
    }
  }

  public record Caption(String text) {}

  public static final class Bean {

    public String getText() {
      return "from a getter";
    }
  }

  private static GraphQLFieldDefinition definition(String field) {
    return GraphQLFieldDefinition.newFieldDefinition().name(field).type(Scalars.GraphQLString).build();
  }

  private static Object fetch(String field, Object source) throws Exception {
    return new AccessorFetcher(field).get(definition(field), source, () -> null);
  }

  @Test
  void aRecordComponentIsReadThroughItsAccessor() throws Exception {
    assertThat(fetch("text", new Headline("Tide turns", 7))).isEqualTo("Tide turns");
    assertThat(fetch("rowId", new Headline("Tide turns", 7))).isEqualTo(7L);
  }

  @Test
  void aMethodNamedAsTheFieldIsReadLikeAnAccessor() throws Exception {
    assertThat(fetch("id", new Headline("Tide turns", 7))).isEqualTo("Headline:7");
  }

  @Test
  void eachSourceClassGetsItsOwnAccessorEvenWhenTheyAlternate() throws Exception {
    AccessorFetcher text = new AccessorFetcher("text");
    GraphQLFieldDefinition definition = definition("text");

    assertThat(text.get(definition, new Headline("one", 1), () -> null)).isEqualTo("one");
    assertThat(text.get(definition, new Caption("two"), () -> null)).isEqualTo("two");
    assertThat(text.get(definition, new Headline("three", 3), () -> null)).isEqualTo("three");
  }

  @Test
  void mapsGettersAndMissingPropertiesAreLeftToGraphqlJava() throws Exception {
    assertThat(fetch("text", Map.of("text", "from a map"))).isEqualTo("from a map");
    assertThat(fetch("text", new Bean())).isEqualTo("from a getter");
    assertThat(fetch("missing", new Caption("two"))).isNull();
  }

  @Test
  void aNullSourceGivesNull() throws Exception {
    assertThat(fetch("text", null)).isNull();
  }
}
