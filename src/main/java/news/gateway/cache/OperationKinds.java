package news.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Whether a request is a query, a mutation or a subscription, and which variables it declares, known before it
 * runs: GET refuses all but queries, and the response cache keeps only queries, keyed by the variables that
 * count. Each distinct document is parsed once.
 */
@Component
public class OperationKinds {

  private record Key(String document, String operationName) {}

  /** What is kept of an operation: its kind and the names of its variables, not the parsed document. */
  public record Judged(Operation kind, Set<String> variables) {

    boolean isQuery() {
      return kind == Operation.QUERY;
    }

    /**
     * The variables the operation declares, out of those a request sent: graphql-java ignores the others, so
     * they change nothing in the result.
     */
    Map<String, Object> declared(Map<String, Object> sent) {
      Map<String, Object> declared = new HashMap<>(sent);
      declared.keySet().retainAll(variables);
      return declared;
    }
  }

  private final Cache<Key, Optional<Judged>> operations = Caffeine.newBuilder().maximumSize(1_000).build();

  public Optional<Operation> of(String document, String operationName) {
    return judged(document, operationName).map(Judged::kind);
  }

  public Optional<Judged> judged(String document, String operationName) {
    // graphql-java takes an empty operation name for none, and so must the judgement
    String name = operationName == null || operationName.isEmpty() ? null : operationName;
    return operations.get(new Key(document, name), key -> parse(key.document(), key.operationName())
        .map(operation -> new Judged(operation.getOperation(), operation.getVariableDefinitions().stream()
            .map(VariableDefinition::getName).collect(Collectors.toUnmodifiableSet()))));
  }

  /** A document that does not parse, or names no such operation, has no kind; execution reports why. */
  private static Optional<OperationDefinition> parse(String document, String operationName) {
    Document parsed;
    try {
      parsed = Parser.parse(document);
    } catch (InvalidSyntaxException e) {
      return Optional.empty();
    }
    List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
    if (operationName == null) {
      return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
    }
    return operations.stream()
        .filter(operation -> Objects.equals(operation.getName(), operationName))
        .findFirst();
  }
}
