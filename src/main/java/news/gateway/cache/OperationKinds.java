package news.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a request is a query, a mutation or a subscription, known before it runs: GET refuses all but
 * queries and the response cache keeps only queries. Each distinct document is parsed once.
 */
@Component
public class OperationKinds {

  private record Key(String document, String operationName) {}

  /** A document that does not parse, or names no such operation, has no kind; execution reports why. */
  private static final Optional<Operation> UNKNOWN = Optional.empty();

  private final Cache<Key, Optional<Operation>> kinds = Caffeine.newBuilder().maximumSize(1_000).build();

  public Optional<Operation> of(String document, String operationName) {
    // graphql-java takes an empty operation name for none, and so must the judgement
    String name = operationName == null || operationName.isEmpty() ? null : operationName;
    return kinds.get(new Key(document, name), key -> parse(key.document(), key.operationName()));
  }

  public boolean isQuery(String document, String operationName) {
    return of(document, operationName).filter(Operation.QUERY::equals).isPresent();
  }

  private static Optional<Operation> parse(String document, String operationName) {
    Document parsed;
    try {
      parsed = Parser.parse(document);
    } catch (InvalidSyntaxException e) {
      return UNKNOWN;
    }
    List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
    if (operationName == null) {
      return operations.size() == 1 ? Optional.of(operations.get(0).getOperation()) : UNKNOWN;
    }
    return operations.stream()
        .filter(operation -> Objects.equals(operation.getName(), operationName))
        .findFirst()
        .map(OperationDefinition::getOperation);
  }
}
