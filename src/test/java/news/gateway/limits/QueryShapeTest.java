package news.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Depth, top-level fields, aliases and cost of documents, measured against the gateway's real schema. */
class QueryShapeTest {

  private static GraphQLSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    TypeDefinitionRegistry types = new TypeDefinitionRegistry();
    for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:schema/**/*.graphql")) {
      try (InputStream in = file.getInputStream()) {
        types.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    schema = new SchemaGenerator().makeExecutableSchema(types, RuntimeWiring.MOCKED_WIRING);
  }

  @Test
  void eachFieldCostsOneAndAPageSizeMultipliesWhatIsUnderIt() {
    // feed: 1 + 10 * (edges: 1 + cursor 1 + node (1 + id 1) = 4, pageInfo: 1 + hasNextPage 1 = 2)
    QueryShape shape = measure("{ feed(first: 10) { edges { cursor node { id } } pageInfo { hasNextPage } } }");

    assertThat(shape).isEqualTo(new QueryShape(4, 1, 61));
  }

  @Test
  void anAbsentPageSizeCountsAsTheSchemaDefault() {
    // first defaults to 20: 1 + 20 * (edges 1 + cursor 1)
    assertThat(measure("{ feed { edges { cursor } } }").cost()).isEqualTo(41);
  }

  @Test
  void aPageSizeOverTheMaximumCountsAsTheMaximum() {
    // refused as BAD_USER_INPUT by its own check; the cost must not claim it first
    assertThat(measure("{ feed(first: 1000000000) { edges { cursor } } }").cost()).isEqualTo(201);
  }

  @Test
  void aPageSizeFromAVariableIsUnknownBeforeExecutionAndCountsAsOne() {
    assertThat(measure("query($n: Int) { feed(first: $n) { edges { cursor } } }").cost()).isEqualTo(3);
  }

  @Test
  void aFragmentCountsAsOftenAsItIsSpread() {
    // node: 1 + 2 * (id 1 + title 1); edges: 1 + 5; feed: 1 + 2 * 6
    QueryShape shape = measure("{ feed(first: 2) { edges { node { ...Card ...Card } } } }"
        + " fragment Card on FeedItem { id title }");

    assertThat(shape).isEqualTo(new QueryShape(4, 1, 13));
  }

  @Test
  void aFragmentFanOutSaturatesTheCostInsteadOfExpanding() {
    StringBuilder document = new StringBuilder("{ feed(first: 1) { edges { node { ...F1 } } } }");
    for (int level = 1; level < 30; level++) {
      document.append(" fragment F").append(level).append(" on FeedItem { id")
          .append((" ...F" + (level + 1)).repeat(10)).append(" }");
    }
    document.append(" fragment F30 on FeedItem { title }");

    assertThat(measure(document.toString())).isEqualTo(new QueryShape(4, 1, Long.MAX_VALUE));
  }

  @Test
  void fragmentsThatSpreadEachOtherCountOnce() {
    QueryShape shape = measure("{ feed(first: 1) { edges { node { ...A } } } }"
        + " fragment A on FeedItem { id ...B } fragment B on FeedItem { title ...A }");

    // node: 1 + A (id 1 + B (title 1 + A counted as empty)) = 3; edges: 1 + 3; feed: 1 + 4
    assertThat(shape).isEqualTo(new QueryShape(4, 1, 5));
  }

  @Test
  void introspectionFieldsAreNotCounted() {
    QueryShape shape = measure("{ __typename __schema { types { fields { name } } } feed(first: 1) { edges { cursor } } }");

    assertThat(shape).isEqualTo(new QueryShape(3, 1, 3));
  }

  @Test
  void topLevelFieldsInFragmentsOnQueryCount() {
    QueryShape shape = measure("{ ...Pages latest: feed(first: 1) { pageInfo { hasNextPage } } }"
        + " fragment Pages on Query { a: feed(first: 1) { pageInfo { hasNextPage } } b: author(slug: \"x\") { name } }");

    assertThat(shape.rootFields()).isEqualTo(3);
  }

  @Test
  void aliasesAreCountedAsWrittenWithFragmentsOnce() {
    Document document = Parser.parse("{ a: feed(first: 1) { edges { node { ...Card ...Card } } } }"
        + " fragment Card on FeedItem { b: id c: title }");

    assertThat(QueryShape.aliases(document)).isEqualTo(3);
  }

  private static QueryShape measure(String text) {
    Document document = Parser.parse(text);
    Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
        .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
    OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
    return QueryShape.measure(operation, fragments, schema, PageSizes::literal);
  }
}
