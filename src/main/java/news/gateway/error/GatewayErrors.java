package news.gateway.error;

import com.netflix.graphql.types.errors.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GraphQL errors that carry an `extensions.code`. */
public final class GatewayErrors {

  private GatewayErrors() {}

  /**
   * An error of the gateway's own. Its DGS error type keeps DGS from reclassifying it as a data fetching
   * failure.
   */
  public static GraphQLError error(ErrorCode code, String message) {
    return error(code, message, null);
  }

  /** The same, pointing at a place in the document (none when null). */
  public static GraphQLError error(ErrorCode code, String message, SourceLocation location) {
    return GraphqlErrorBuilder.newError()
        .errorType(typeOf(code))
        .message(message)
        .locations(location == null ? null : List.of(location))
        .extensions(Map.of("code", code.name()))
        .build();
  }

  /** DGS's error type that goes with a code (shown to clients as `extensions.errorType`). */
  private static ErrorType typeOf(ErrorCode code) {
    return switch (code) {
      case INTERNAL -> ErrorType.INTERNAL;
      case PERSISTED_QUERY_NOT_FOUND -> ErrorType.NOT_FOUND;
      default -> ErrorType.BAD_REQUEST;
    };
  }

  /** The error with `code` added to its extensions and the given message, everything else kept. */
  public static GraphQLError withCode(GraphQLError error, ErrorCode code, String message) {
    return rebuilt(error, message, "code", code.name());
  }

  /** The error with one more entry in its extensions, everything else kept. */
  public static GraphQLError withExtension(GraphQLError error, String name, Object value) {
    return rebuilt(error, error.getMessage(), name, value);
  }

  private static GraphQLError rebuilt(GraphQLError error, String message, String name, Object value) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (error.getExtensions() != null) {
      extensions.putAll(error.getExtensions());
    }
    extensions.put(name, value);
    return GraphqlErrorBuilder.newError()
        .message(message)
        .locations(error.getLocations())
        .path(error.getPath())
        .errorType(error.getErrorType())
        .extensions(extensions)
        .build();
  }

  /** The `extensions.code` of the error, or null when it has none. */
  public static String codeOf(GraphQLError error) {
    return error.getExtensions() == null ? null : (String) error.getExtensions().get("code");
  }
}
