package news.gateway.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema contract check tells breaking changes from additive ones. */
class SchemaChangesTest {

  static final String BEFORE = """
      type Query {
        article(slug: String!): Article
        articles(first: Int = 10): [Article!]!
      }
      type Article {
        id: ID!
        headline: String!
        kicker: String
        format: Format!
        tags: [Tag!]!
      }
      type Tag { name: String! }
      enum Format { STANDARD LIVE }
      """;

  @Test
  void noChangeIsNoChange() {
    SchemaChanges changes = SchemaChanges.between(BEFORE, BEFORE);

    assertThat(changes.breaking()).isEmpty();
    assertThat(changes.dangerous()).isEmpty();
  }

  @Test
  void aRemovedFieldBreaksClients() {
    assertThat(SchemaChanges.between(BEFORE, BEFORE.replace("kicker: String\n", "")).breaking())
        .containsExactly(
        "MISSING Article.kicker: The new API is missing the field 'Article.kicker'");
  }

  @Test
  void aRetypedFieldBreaksClients() {
    assertThat(SchemaChanges.between(BEFORE, BEFORE.replace("headline: String!", "headline: Int!")).breaking())
        .containsExactly(
        "INVALID Article.headline: The new API has changed field 'Article.headline' from type 'String!' to 'Int!'");
  }

  @Test
  void aFieldThatMayNowBeNullBreaksClients() {
    assertThat(SchemaChanges.between(BEFORE, BEFORE.replace("headline: String!", "headline: String")).breaking())
        .containsExactly(
        "STRICTER Article.headline: The new API has changed field 'Article.headline' from type 'String!' to 'String'");
  }

  @Test
  void anArgumentMadeRequiredBreaksClients() {
    assertThat(SchemaChanges.between(BEFORE, BEFORE.replace("first: Int = 10", "first: Int!")).breaking())
        .containsExactly(
        "STRICTER Query.articles: The new API has changed field 'Query.articles' argument 'first' from type 'Int' to 'Int!'");
  }

  @Test
  void aNewRequiredArgumentBreaksClients() {
    assertThat(SchemaChanges.between(BEFORE, BEFORE.replace("articles(first: Int = 10)",
        "articles(first: Int = 10, section: String!)")).breaking())
        .containsExactly(
        "STRICTER Query.articles: The new API has made the new argument 'section' on field 'Query.articles' non null and hence more strict for old consumers");
  }

  @Test
  void aRemovedTypeBreaksClientsThroughTheFieldsThatReturnedIt() {
    String after = BEFORE.replace("tags: [Tag!]!\n", "").replace("type Tag { name: String! }\n", "");

    assertThat(SchemaChanges.between(BEFORE, after).breaking()).containsExactly(
        "MISSING Article.tags: The new API is missing the field 'Article.tags'");
  }

  @Test
  void aTypeRemovedFromAUnionBreaksClients() {
    String before = BEFORE.replace("type Query {", "type Query {\n  cards: [Card!]!").concat("union Card = Article | Tag\n");
    String after = before.replace("union Card = Article | Tag", "union Card = Article");

    assertThat(SchemaChanges.between(before, after).breaking()).containsExactly(
        "MISSING Card: The new API does not contain union member type 'Tag'");
  }

  @Test
  void aRemovedEnumValueBreaksClients() {
    assertThat(SchemaChanges.between(BEFORE, BEFORE.replace("STANDARD LIVE", "STANDARD")).breaking())
        .containsExactly(
        "MISSING Format: The new API is missing an enum value 'LIVE'");
  }

  @Test
  void additionsBreakNothing() {
    String after = BEFORE
        .replace("kicker: String\n", "kicker: String\n  standfirst: String\n  section: Section\n")
        .replace("articles(first: Int = 10)", "articles(first: Int = 10, after: String)")
        .replace("enum Format", "type Section { name: String! }\nenum Format");

    SchemaChanges changes = SchemaChanges.between(BEFORE, after);

    assertThat(changes.breaking()).isEmpty();
    assertThat(changes.dangerous()).isEmpty();
  }

  @Test
  void aNewEnumValueIsDangerousNotBreaking() {
    SchemaChanges changes = SchemaChanges.between(BEFORE, BEFORE.replace("STANDARD LIVE", "STANDARD LIVE OPINION"));

    assertThat(changes.breaking()).isEmpty();
    assertThat(changes.dangerous()).containsExactly(
        "ADDITION Format: The new API has added a new enum value 'OPINION'");
  }
}
