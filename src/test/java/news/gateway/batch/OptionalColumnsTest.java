package news.gateway.batch;

import static news.gateway.support.GraphQlTestClient.load;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

class OptionalColumnsTest {

  @Test
  void homePageCardsAskOnlyForTheImageCredit() {
    assertThat(OptionalColumns.askedIn(Parser.parse(load("home-page-essentials"))))
        .isEqualTo(new OptionalColumns(false, false, true));
  }

  @Test
  void anAuthorPageAsksForTheProfileAndTheAvatarsAltText() {
    assertThat(OptionalColumns.askedIn(Parser.parse(load("author-page"))))
        .isEqualTo(new OptionalColumns(false, true, true));
  }

  @Test
  void fieldsCountThroughFragmentsAndInlineFragments() {
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
}
