package news.gateway.config;

import static graphql.schema.FieldCoordinates.coordinates;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import news.gateway.batch.LoaderBackedField;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/**
 * The strategy against graphql-java's own completion, on a small schema whose fields are all read by
 * {@link AccessorFetcher}s: the same response and the same errors, and the engine's fetch skipped only where it
 * should be.
 */
class PlainReadExecutionStrategyTest {

  private static final String SDL = """
      type Query { story: Story, stories: [Story!]! }
      type Story {
        title: String!, kicker: String, words: Int, kind: Kind, broken: String, byline: Byline, credits: [Byline!]
      }
      type Byline { name: String! }
      enum Kind { NEWS, OPINION }
      """;

  public enum Kind { NEWS, OPINION }

  /** A byline whose {@code name()} notes how many objects graphql-java was executing when it was read. */
  public record Byline(String name, List<Integer> objectsExecutedAtRead) {

    Byline(String name) {
      this(name, new CopyOnWriteArrayList<>());
    }

    @Override
    public String name() {
      objectsExecutedAtRead.add(StackWalker.getInstance().walk(frames -> (int) frames.filter(frame ->
          frame.getClassName().equals(ExecutionStrategy.class.getName())
              && frame.getMethodName().equals("executeObject")).count()));
      return name;
    }
  }

  /** A story whose {@code title()} counts the reads that came through graphql-java's fetch. */
  public record Story(String slug, String title, String kicker, Object words, Kind kind, Byline byline,
      AtomicInteger fetched) {

    @Override
    public String title() {
      boolean throughTheEngine = StackWalker.getInstance().walk(frames -> frames.anyMatch(frame ->
          frame.getClassName().equals(ExecutionStrategy.class.getName())
              && frame.getMethodName().equals("fetchField")));
      if (throughTheEngine) {
        fetched.incrementAndGet();
      }
      return title;
    }

    public String broken() {
      throw new IllegalStateException("the accessor failed");
    }
  }

  private static ExecutionResult run(Object story, Instrumentation instrumentation, String query,
      DataLoader<String, List<Byline>> credits) {
    TypeDefinitionRegistry types = new SchemaParser().parse(SDL);
    GraphQLCodeRegistry.Builder codeRegistry = GraphQLCodeRegistry.newCodeRegistry()
        .dataFetcher(coordinates("Query", "story"), (DataFetcher<?>) environment -> story)
        .dataFetcher(coordinates("Query", "stories"), (DataFetcher<?>) environment -> List.of(story));
    for (String field : List.of("title", "kicker", "words", "kind", "broken", "byline")) {
      codeRegistry.dataFetcher(coordinates("Story", field), new AccessorFetcher(field));
    }
    codeRegistry.dataFetcher(coordinates("Byline", "name"), new AccessorFetcher("name"));
    codeRegistry.dataFetcher(coordinates("Story", "credits"),
        LoaderBackedField.of("credits", Story.class, Story::slug));
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types,
        RuntimeWiring.newRuntimeWiring().codeRegistry(codeRegistry).build());
    return GraphQL.newGraphQL(schema)
        .queryExecutionStrategy(new PlainReadExecutionStrategy(new SimpleDataFetcherExceptionHandler()))
        .instrumentation(instrumentation)
        .build()
        .execute(ExecutionInput.newExecutionInput(query)
            .dataLoaderRegistry(DataLoaderRegistry.newRegistry().register("credits", credits).build()));
  }

  private static ExecutionResult run(Object story, Instrumentation instrumentation, String query) {
    return run(story, instrumentation, query, creditsLoader(List.of(), new AtomicInteger()));
  }

  private static ExecutionResult run(Object story, String query) {
    return run(story, RequestLevelInstrumentation.of(List.of()), query);
  }

  private static ExecutionResult run(Object story, String query, DataLoader<String, List<Byline>> credits) {
    return run(story, RequestLevelInstrumentation.of(List.of()), query, credits);
  }

  /** A loader that gives every story these credits, counting its batches. */
  private static DataLoader<String, List<Byline>> creditsLoader(List<Byline> credits, AtomicInteger batches) {
    return DataLoaderFactory.newDataLoader((BatchLoader<String, List<Byline>>) slugs -> {
      batches.incrementAndGet();
      return CompletableFuture.completedFuture(slugs.stream().map(slug -> credits).toList());
    });
  }

  /** A response object: keys and values in turn, nulls allowed. */
  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  private static Story storyBy(Byline byline) {
    return new Story("tide-turns", "Tide turns", null, 640, Kind.NEWS, byline, new AtomicInteger());
  }

  private static Story story(String title, Object words, AtomicInteger fetched) {
    return new Story("tide-turns", title, null, words, Kind.OPINION, new Byline("Ada Reyes"), fetched);
  }

  @Test
  void leafFieldsAreCompletedWithoutTheEnginesFetchAndGiveTheSameResponse() {
    AtomicInteger fetched = new AtomicInteger();

    ExecutionResult result = run(story("Tide turns", 640, fetched),
        "{ story { title headline: title kicker words kind byline { name } } }");

    assertThat(result.getErrors()).isEmpty();
    assertThat((Object) result.getData()).isEqualTo(Map.of("story", object("title", "Tide turns",
        "headline", "Tide turns", "kicker", null, "words", 640, "kind", "OPINION",
        "byline", Map.of("name", "Ada Reyes"))));
    assertThat(fetched).hasValue(0);
  }

  @Test
  void withAPerFieldInstrumentationEveryFieldGoesThroughTheEngine() {
    AtomicInteger fetched = new AtomicInteger();

    ExecutionResult result = run(story("Tide turns", 640, fetched), SimplePerformantInstrumentation.INSTANCE,
        "{ story { title } }");

    assertThat((Object) result.getData()).isEqualTo(Map.of("story", Map.of("title", "Tide turns")));
    assertThat(fetched).hasValue(1);
  }

  @Test
  void aNullForANonNullFieldIsTheEnginesErrorAndNullsItsParent() {
    ExecutionResult result = run(story(null, 640, new AtomicInteger()), "{ stories { title } story { kicker } }");

    assertThat(result.getErrors()).extracting(GraphQLError::getPath).containsExactly(List.of("stories", 0, "title"));
    assertThat(result.getErrors().get(0).getMessage()).contains("non-null");
    assertThat((Object) result.getData()).isNull();
  }

  @Test
  void anAccessorThatThrowsIsReportedByTheExceptionHandlerAtItsPath() {
    ExecutionResult result = run(story("Tide turns", 640, new AtomicInteger()), "{ story { title broken } }");

    assertThat(result.getErrors()).extracting(GraphQLError::getPath).containsExactly(List.of("story", "broken"));
    assertThat(result.getErrors().get(0).getMessage()).contains("the accessor failed");
    assertThat((Object) result.getData()).isEqualTo(Map.of("story", object("title", "Tide turns", "broken", null)));
  }

  @Test
  void aValueItsScalarCannotSerialiseIsTheEnginesSerialisationError() {
    ExecutionResult result = run(story("Tide turns", "many", new AtomicInteger()), "{ story { words } }");

    assertThat(result.getErrors()).extracting(GraphQLError::getPath).containsExactly(List.of("story", "words"));
    assertThat(result.getErrors().get(0).getMessage()).contains("Can't serialize value");
    assertThat((Object) result.getData()).isEqualTo(Map.of("story", object("words", null)));
  }

  @Test
  void anObjectOfPlainLeavesIsCompletedWithoutTheEngineExecutingIt() {
    Byline byline = new Byline("Ada Reyes");

    ExecutionResult result = run(storyBy(byline), "{ story { byline { __typename writer: name name } } }");

    assertThat(result.getErrors()).isEmpty();
    assertThat((Object) result.getData()).isEqualTo(Map.of("story", Map.of("byline",
        object("__typename", "Byline", "writer", "Ada Reyes", "name", "Ada Reyes"))));
    assertThat(byline.objectsExecutedAtRead()).containsOnly(1);
  }

  @Test
  void anObjectWhoseSelectionHasADirectiveOrAFragmentIsExecutedByTheEngine() {
    Byline byline = new Byline("Ada Reyes");

    ExecutionResult result = run(storyBy(byline),
        "{ story { byline { name @include(if: true) } again: byline { ... on Byline { name } } } }");

    assertThat((Object) result.getData()).isEqualTo(Map.of("story", Map.of("byline", Map.of("name", "Ada Reyes"),
        "again", Map.of("name", "Ada Reyes"))));
    assertThat(byline.objectsExecutedAtRead()).containsExactly(2, 2);
  }

  @Test
  void aRelationItsLoaderHoldsIsCompletedWithoutTheEngineExecutingItOrLoading() {
    Byline ada = new Byline("Ada Reyes");
    Byline ben = new Byline("Ben Okafor");
    AtomicInteger batches = new AtomicInteger();
    DataLoader<String, List<Byline>> credits = creditsLoader(List.of(), batches);
    credits.prime("tide-turns", List.of(ada, ben));

    // The byline, read by an accessor but not a leaf, makes the engine execute the story itself.
    ExecutionResult result = run(storyBy(new Byline("Cy Tan")),
        "{ story { byline { name } credits { __typename name } } }", credits);

    assertThat(result.getErrors()).isEmpty();
    assertThat((Object) result.getData()).isEqualTo(Map.of("story", object("byline", Map.of("name", "Cy Tan"),
        "credits", List.of(object("__typename", "Byline", "name", "Ada Reyes"),
            object("__typename", "Byline", "name", "Ben Okafor")))));
    assertThat(ada.objectsExecutedAtRead()).containsExactly(1);
    assertThat(ben.objectsExecutedAtRead()).containsExactly(1);
    assertThat(batches).hasValue(0);
  }

  @Test
  void aRelationItsLoaderDoesNotHoldYetIsLoadedThroughTheEngine() {
    AtomicInteger batches = new AtomicInteger();

    ExecutionResult result = run(storyBy(new Byline("Cy Tan")), "{ story { credits { name } } }",
        creditsLoader(List.of(new Byline("Ada Reyes")), batches));

    assertThat(result.getErrors()).isEmpty();
    assertThat((Object) result.getData()).isEqualTo(
        Map.of("story", Map.of("credits", List.of(Map.of("name", "Ada Reyes")))));
    assertThat(batches).hasValue(1);
  }

  @Test
  void aRelationAskedInTwoPlacesIsCompletedByTheEngineWithBothSelections() {
    Byline ada = new Byline("Ada Reyes");
    DataLoader<String, List<Byline>> credits = creditsLoader(List.of(), new AtomicInteger());
    credits.prime("tide-turns", List.of(ada));

    ExecutionResult result = run(storyBy(ada),
        "{ story { credits { name } ... on Story { credits { __typename } } } }", credits);

    assertThat(result.getErrors()).isEmpty();
    assertThat((Object) result.getData()).isEqualTo(Map.of("story",
        Map.of("credits", List.of(object("name", "Ada Reyes", "__typename", "Byline")))));
    assertThat(ada.objectsExecutedAtRead()).containsExactly(2);
  }

  @Test
  void aNullHeldForANonNullElementIsTheEnginesErrorAtItsPath() {
    DataLoader<String, List<Byline>> credits = creditsLoader(List.of(), new AtomicInteger());
    credits.prime("tide-turns", Arrays.asList(new Byline("Ada Reyes"), null));

    ExecutionResult result = run(storyBy(new Byline("Ben Okafor")), "{ story { credits { name } } }", credits);

    assertThat(result.getErrors()).extracting(GraphQLError::getPath)
        .containsExactly(List.of("story", "credits", 1));
    assertThat(result.getErrors().get(0).getMessage()).contains("non-null");
    assertThat((Object) result.getData()).isEqualTo(Map.of("story", object("credits", null)));
  }
}
