package news.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

class RequestLevelInstrumentationTest {

  private static final String SCHEMA = "type Query { stories: [Story] } type Story { headline: String byline: String }";
  private static final String QUERY = "{ stories { headline byline } }";

  @Test
  void requestLevelMembersAreChainedWithoutPerFieldHooksAndStillSeeEveryRequest() {
    ResultCounter counter = new ResultCounter();

    Instrumentation chain = RequestLevelInstrumentation.of(List.of(new SimplePerformantInstrumentation(), counter));
    run(chain);
    run(chain);

    assertThat(chain).isInstanceOf(RequestLevelInstrumentation.class);
    assertThat(counter.results).isEqualTo(2);
    // graphql-java reads a null context as "nothing to call back"; the members are not asked
    assertThat(chain.beginExecuteObject(null, null)).isNull();
    assertThat(chain.beginFieldExecution(null, null)).isNull();
    assertThat(chain.beginFieldFetching(null, null)).isNull();
    assertThat(chain.beginFieldCompletion(null, null)).isNull();
    assertThat(chain.beginFieldListCompletion(null, null)).isNull();
    DataFetcher<String> fetcher = env -> "Harbour reopens";
    assertThat(chain.instrumentDataFetcher(fetcher, null, null)).isSameAs(fetcher);
  }

  @Test
  void aMemberWithPerFieldHooksGetsGraphqlJavasChainAndIsAskedAtEveryField() {
    FetchRecorder recorder = new FetchRecorder();
    ResultCounter counter = new ResultCounter();

    Instrumentation chain = RequestLevelInstrumentation.of(List.of(counter, recorder));
    run(chain);

    assertThat(chain.getClass()).isEqualTo(ChainedInstrumentation.class);
    assertThat(recorder.fetched).containsExactly("stories", "headline", "byline", "headline", "byline");
    assertThat(counter.results).isEqualTo(1);
  }

  @Test
  void onlyOverriddenPerFieldHooksCountAsActingPerField() {
    assertThat(RequestLevelInstrumentation.actsPerField(new ResultCounter())).isFalse();
    assertThat(RequestLevelInstrumentation.actsPerField(new FetchRecorder())).isTrue();
    assertThat(RequestLevelInstrumentation.actsPerField(new Instrumentation() {})).isFalse();
    assertThat(RequestLevelInstrumentation.actsPerField(new SimplePerformantInstrumentation() {
      @Override
      public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
          InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return dataFetcher;
      }
    })).isTrue();
    // Spring for GraphQL's data fetcher observations, on with management.observations.enable.graphql
    assertThat(RequestLevelInstrumentation.actsPerField(
        new GraphQlObservationInstrumentation(ObservationRegistry.NOOP))).isTrue();
  }

  private static void run(Instrumentation instrumentation) {
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .type("Query", type -> type.dataFetcher("stories", env -> List.of(
            Map.of("headline", "Harbour reopens", "byline", "Mara Quinn"),
            Map.of("headline", "Ferry fares frozen", "byline", "Tomas Reyes"))))
        .build();
    GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
        wiring)).instrumentation(instrumentation).build();
    ExecutionResult result = graphQl.execute(QUERY);
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, List<Map<String, String>>>>getData().get("stories"))
        .extracting(story -> story.get("headline")).containsExactly("Harbour reopens", "Ferry fares frozen");
  }

  private static final class ResultCounter extends SimplePerformantInstrumentation {
    int results;

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
        InstrumentationExecutionParameters parameters, InstrumentationState state) {
      results++;
      return CompletableFuture.completedFuture(result);
    }
  }

  private static final class FetchRecorder extends SimplePerformantInstrumentation {
    final List<String> fetched = new ArrayList<>();

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
        InstrumentationState state) {
      fetched.add(parameters.getField().getName());
      return null;
    }
  }
}
