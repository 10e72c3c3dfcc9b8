package news.gateway.cache;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/** GraphQL responses made of one error, for requests refused before they are executed. */
final class GraphQlErrorResponses {

  private GraphQlErrorResponses() {}

  static WebGraphQlResponse response(WebGraphQlRequest request, GraphQLError error) {
    ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }

  /** The body of a response that is refused at the HTTP level: `{"errors": [...]}`. */
  static Map<String, Object> body(GraphQLError error) {
    return Map.of("errors", List.of(error.toSpecification()));
  }
}
