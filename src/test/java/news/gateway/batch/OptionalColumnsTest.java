package news.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OptionalColumnsTest {

  @Test
  void homePageCardsAskOnlyForTheImageCredit() throws IOException {
    assertThat(OptionalColumns.askedIn(Parser.parse(load("home-page-essentials"))))
        .isEqualTo(new OptionalColumns(false, false, true));
  }

  @Test
  void anAuthorPageAsksForTheProfileAndTheAvatarsAltText() throws IOException {
    assertThat(OptionalColumns.askedIn(Parser.parse(load("author-page"))))
        .isEqualTo(new OptionalColumns(false, true, true));
  }

  @Test
  void fieldsCountThroughFragmentsAndInlineFragments() throws IOException {
    assertThat(OptionalColumns.askedIn(Parser.parse(load("related-bylines-with-profile-in-a-fragment"))))
        .isEqualTo(new OptionalColumns(false, true, false));
    assertThat(OptionalColumns.askedIn(Parser.parse(
        "{ feed { edges { node { ... on ArticleFeedItem { article { kicker } } } } } }")))
        .isEqualTo(new OptionalColumns(true, false, false));
  }

  @Test
  void anAliasIsNotTheFieldItNames() {
    assertThat(OptionalColumns.askedIn(Parser.parse(
        "{ article(slug: \"a\") { standfirst: headline authors { bio: name } heroImage { caption: url } } }")))
        .isEqualTo(OptionalColumns.NONE);
  }

  @Test
  void everyOperationOfTheDocumentCounts() {
    assertThat(OptionalColumns.askedIn(Parser.parse(
        "query Card { article(slug: \"a\") { headline } } query Page { article(slug: \"a\") { updatedAt } }")))
        .isEqualTo(new OptionalColumns(true, false, false));
  }

  private static String load(String document) throws IOException {
    try (InputStream in = OptionalColumnsTest.class.getResourceAsStream("/graphql/" + document + ".graphql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
