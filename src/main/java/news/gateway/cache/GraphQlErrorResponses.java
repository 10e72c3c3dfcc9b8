package news.gateway.cache;

import com.netflix.graphql.types.errors.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.Map;
import news.gateway.error.ErrorCode;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/** GraphQL responses made of one error, for requests refused before they are executed. */
final class GraphQlErrorResponses {

  private GraphQlErrorResponses() {}

  static GraphQLError error(ErrorCode code, ErrorType type, String message) {
    return GraphqlErrorBuilder.newError()
        .errorType(type)
        .message(message)
        .locations(null) // about the request, not a place in the document
        .extensions(Map.of("code", code.name()))
        .build();
  }

  static WebGraphQlResponse response(WebGraphQlRequest request, GraphQLError error) {
    ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }

  /** The body of a response that is refused at the HTTP level: `{"errors": [...]}`. */
  static Map<String, Object> body(GraphQLError error) {
    return Map.of("errors", List.of(error.toSpecification()));
  }
}
