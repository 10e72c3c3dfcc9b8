package news.gateway.http;

import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * The JSON media type a GraphQL response is written in, chosen from the request's `Accept`, for POST and GET
 * alike: the first of `application/graphql-response+json` and `application/json` it names, `application/json`
 * when it names neither but allows one through a wildcard, or is absent, and none when it allows neither
 * or does not parse (refused with 406 and {@link #NONE_ACCEPTABLE}).
 */
public final class ResponseMediaTypes {

  public static final String NONE_ACCEPTABLE =
      "Responses are application/graphql-response+json or application/json; Accept allows neither";

  private ResponseMediaTypes() {}

  /** @param accept the `Accept` header's fields, none when it is absent */
  public static Optional<MediaType> chosenFor(List<String> accept) {
    if (accept.isEmpty()) {
      return Optional.of(MediaType.APPLICATION_JSON);
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (IllegalArgumentException unparsable) {
      return Optional.empty();
    }
    for (MediaType type : accepted) {
      if (type.equalsTypeAndSubtype(MediaType.APPLICATION_GRAPHQL_RESPONSE)) {
        return Optional.of(MediaType.APPLICATION_GRAPHQL_RESPONSE);
      }
      if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
        return Optional.of(MediaType.APPLICATION_JSON);
      }
    }
    boolean allowsJson = accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
        || type.isCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE));
    return allowsJson ? Optional.of(MediaType.APPLICATION_JSON) : Optional.empty();
  }
}
