package news.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

@ExtendWith(OutputCaptureExtension.class)
class GatewayExceptionHandlerTest {

  private final GatewayExceptionHandler handler = new GatewayExceptionHandler();

  @Test
  void anUnexpectedFailureIsInternalAndOnlyTheLogKnowsWhatItWas(CapturedOutput log) {
    SQLException bug = new SQLException("ERROR: column \"secret\" of relation \"feed_item\" does not exist", "42703");

    GraphQLError error =
        handle(new CompletionException(new RuntimeException("jOOQ; SQL [select secret from feed_item]", bug)));

    assertThat(error.getMessage()).isEqualTo("Internal error");
    assertThat(error.getExtensions()).containsEntry("code", "INTERNAL");
    assertThat(error.toSpecification().toString()).doesNotContain("feed_item", "secret", "SQL", "Exception");
    assertThat(log).contains("Request request-7 failed at /feed")
        .contains("column \"secret\" of relation \"feed_item\"");
  }

  @Test
  void aClientMistakeKeepsItsMessage() {
    GraphQLError error = handle(new BadUserInputException("`after` is not a cursor of this list"));

    assertThat(error.getMessage()).isEqualTo("`after` is not a cursor of this list");
    assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(error.getPath()).containsExactly("feed");
    assertThat(error.getLocations()).containsExactly(new SourceLocation(1, 3));
  }

  @Test
  void aCancelledStatementIsTimeout(CapturedOutput log) {
    GraphQLError error =
        handle(new RuntimeException(new SQLException("ERROR: canceling statement due to user request", "57014")));

    assertThat(error.getMessage()).isEqualTo("The request took too long and was stopped");
    assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
    assertThat(log).contains("Request request-7 timed out at /feed");
  }

  @Test
  void anUnreachableDatabaseIsServiceUnavailable(CapturedOutput log) {
    GraphQLError error = handle(new DataAccessResourceFailureException("jOOQ; SQL [select …]",
        new SQLException("Connection to localhost:5432 refused", "08001")));

    assertThat(error.getMessage()).isEqualTo("The content store is unavailable; try again shortly");
    assertThat(error.getExtensions()).containsEntry("code", "SERVICE_UNAVAILABLE");
    assertThat(log).contains("Request request-7 found the database unavailable at /feed");
  }

  private GraphQLError handle(Throwable exception) {
    DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
        .executionId(ExecutionId.from("request-7"))
        .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
            .type(Scalars.GraphQLString).path(ResultPath.parse("/feed")).build())
        .mergedField(MergedField.newMergedField(Field.newField("feed").sourceLocation(new SourceLocation(1, 3)).build())
            .build())
        .build();
    return handler.handleException(DataFetcherExceptionHandlerParameters.newExceptionParameters()
            .dataFetchingEnvironment(environment).exception(exception).build())
        .join().getErrors().get(0);
  }
}
