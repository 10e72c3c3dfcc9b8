package news.gateway.limits;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import news.gateway.pagination.PageRequest;

/**
 * The page size a field asks for with its `first` argument: by convention every `first` of the schema is a
 * page size of 1 to {@value PageRequest#MAX_PAGE_SIZE}. A field given a list of `ids` (`nodes`) returns as many
 * items as it is given IDs, and counts as a page of that size.
 */
final class PageSizes {

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private static final String FIRST = "first";
  private static final String IDS = "ids";

  private PageSizes() {}

  /** Before validation: a literal or the schema default; null for a variable, whose value is not coerced yet. */
  static Integer literal(Field field, GraphQLFieldDefinition definition) {
    Argument ids = argument(field, IDS);
    if (ids != null) {
      return ids.getValue() instanceof ArrayValue list ? list.getValues().size() : null;
    }
    Argument first = argument(field, FIRST);
    if (first == null) {
      return schemaDefault(definition);
    }
    return first.getValue() instanceof IntValue literal ? clamped(literal.getValue()) : null;
  }

  /** At execution: the value the data fetcher will get, refused as BAD_USER_INPUT outside 1..100. */
  static Integer checked(Field field, GraphQLFieldDefinition definition, Map<String, Object> variables) {
    Argument ids = argument(field, IDS);
    if (ids != null) {
      if (ids.getValue() instanceof ArrayValue literal) {
        return literal.getValues().size();
      }
      Object given = ids.getValue() instanceof VariableReference variable
          ? variables.get(variable.getName()) : null;
      return given instanceof List<?> list ? list.size() : null;
    }
    Argument first = argument(field, FIRST);
    Object value;
    if (first == null) {
      value = schemaDefault(definition);
    } else if (first.getValue() instanceof VariableReference variable) {
      value = variables.containsKey(variable.getName()) ? variables.get(variable.getName()) : schemaDefault(definition);
    } else {
      value = first.getValue() instanceof IntValue literal ? clamped(literal.getValue()) : null;
    }
    return PageRequest.checkedSize(value instanceof Integer size ? size : null);
  }

  private static Argument argument(Field field, String name) {
    return field.getArguments().stream().filter(argument -> argument.getName().equals(name)).findFirst().orElse(null);
  }

  private static Integer schemaDefault(GraphQLFieldDefinition definition) {
    GraphQLArgument first = definition == null ? null : definition.getArgument(FIRST);
    if (first == null || !first.hasSetDefaultValue()) {
      return null;
    }
    Object value = first.getArgumentDefaultValue().getValue();
    if (value instanceof Value<?> literal) {
      return literal instanceof IntValue intValue ? clamped(intValue.getValue()) : null;
    }
    return value instanceof Integer size ? size : null;
  }

  private static int clamped(BigInteger value) {
    return value.max(INT_MIN).min(INT_MAX).intValue();
  }
}
