package news.gateway.config;

import static graphql.execution.FieldValueInfo.CompleteValueType.ENUM;
import static graphql.execution.FieldValueInfo.CompleteValueType.NULL;
import static graphql.execution.FieldValueInfo.CompleteValueType.SCALAR;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * graphql-java's query strategy, except that plain reads are completed at once. A scalar or enum field read by an
 * {@link AccessorFetcher} gets its record's accessor called and the value serialised, without the engine's round
 * of step info, parameters, instrumentation hooks and fetched-value wrapping that every field otherwise gets. An
 * object whose selection is only such fields ({@code heroImage { url }}, {@code authors { name }}) is completed
 * the same way, without the engine collecting its fields and running them as a level of their own. Most of the
 * home feed's fields, and every byline and hero image on it, are such reads.
 *
 * <p>Only the plain case takes the short way: no per-field instrumentation (with Spring's data fetcher
 * observations on, every field goes through the engine so it is timed), no root field (the engine counts those
 * for DataLoader dispatch), selections without fragments, directives or arguments, a value that is there or may
 * be null, and a value its scalar serialises. Anything else, a null for a non-null field, an accessor that throws
 * or a value that does not serialise, goes the engine's way again, which makes the error the client sees. The
 * objects completed directly fetch nothing through DataLoaders, so the engine's dispatch of the levels below them
 * does not wait on them.
 */
public final class DirectLeafExecutionStrategy extends AsyncExecutionStrategy {

  /** What {@link #completed} answers where the engine must complete the field. */
  private static final Object BY_THE_ENGINE = new Object();

  /** The leaf fields of one schema, by object type and field name; replaced if the schema is reloaded. */
  private volatile Leaves leaves = new Leaves(null, Map.of());

  public DirectLeafExecutionStrategy(DataFetcherExceptionHandler exceptionHandler) {
    super(exceptionHandler);
  }

  @Override
  protected Object resolveFieldWithInfo(ExecutionContext context, ExecutionStrategyParameters parameters) {
    if (context.getInstrumentation() instanceof RequestLevelInstrumentation) {
      GraphQLType parent = parameters.getExecutionStepInfo().getUnwrappedNonNullType();
      Leaf leaf = leavesOf(context.getGraphQLSchema(), parent).get(parameters.getField().getName());
      Object value = leaf == null ? BY_THE_ENGINE : completed(leaf, context, parameters.getSource());
      if (value != BY_THE_ENGINE) {
        return new FieldValueInfo(value == null ? NULL : leaf.type() instanceof GraphQLEnumType ? ENUM : SCALAR, value);
      }
    }
    return super.resolveFieldWithInfo(context, parameters);
  }

  @Override
  protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
      GraphQLObjectType type, Object source) {
    if (context.getInstrumentation() instanceof RequestLevelInstrumentation) {
      Map<String, Object> object = completedObject(context, parameters.getField(), type, source);
      if (object != null) {
        return object;
      }
    }
    return super.completeValueForObject(context, parameters, type, source);
  }

  /** The object's response if its selection is only leaf fields the strategy completes, else null. */
  private Map<String, Object> completedObject(ExecutionContext context, MergedField field, GraphQLObjectType type,
      Object source) {
    if (field.getFields().size() != 1) {
      return null;
    }
    List<Selection> selections = field.getSingleField().getSelectionSet().getSelections();
    Map<String, Leaf> ofType = leavesOf(context.getGraphQLSchema(), type);
    List<String> keys = new ArrayList<>(selections.size());
    List<Object> values = new ArrayList<>(selections.size());
    for (Selection<?> selection : selections) {
      if (!(selection instanceof Field selected) || !selected.getDirectives().isEmpty()
          || !selected.getArguments().isEmpty() || keys.contains(selected.getResultKey())) {
        return null;
      }
      Object value;
      if (selected.getName().equals("__typename")) {
        value = type.getName();
      } else {
        Leaf leaf = ofType.get(selected.getName());
        value = leaf == null ? BY_THE_ENGINE : completed(leaf, context, source);
      }
      if (value == BY_THE_ENGINE) {
        return null;
      }
      keys.add(selected.getResultKey());
      values.add(value);
    }
    return context.getResponseMapFactory().createInsertionOrdered(keys, values);
  }

  /** The leaf's serialised value on this source, null, or {@link #BY_THE_ENGINE}. */
  private static Object completed(Leaf leaf, ExecutionContext context, Object source) {
    Object read;
    try {
      read = leaf.fetcher().readDirectly(source);
    } catch (RuntimeException failed) {
      return BY_THE_ENGINE;
    }
    if (read == AccessorFetcher.NOT_READABLE || read instanceof CompletionStage || read instanceof DataFetcherResult) {
      return BY_THE_ENGINE;
    }
    Object value = context.getValueUnboxer().unbox(read);
    if (value == null) {
      return leaf.nonNull() ? BY_THE_ENGINE : null;
    }
    Object serialised;
    try {
      serialised = leaf.type() instanceof GraphQLEnumType enumType
          ? enumType.serialize(value, context.getGraphQLContext(), context.getLocale())
          : ((GraphQLScalarType) leaf.type()).getCoercing()
              .serialize(value, context.getGraphQLContext(), context.getLocale());
    } catch (RuntimeException notSerialisable) {
      return BY_THE_ENGINE;
    }
    return serialised == null ? BY_THE_ENGINE : serialised;
  }

  private Map<String, Leaf> leavesOf(GraphQLSchema schema, GraphQLType type) {
    Leaves known = leaves;
    if (known.schema() != schema) {
      known = Leaves.of(schema);
      leaves = known;
    }
    return known.byType().getOrDefault(type, Map.of());
  }

  /** Whether the strategy completes this field of this type itself. */
  boolean completesDirectly(GraphQLSchema schema, String typeName, String fieldName) {
    return leavesOf(schema, schema.getObjectType(typeName)).containsKey(fieldName);
  }

  private record Leaf(AccessorFetcher fetcher, GraphQLType type, boolean nonNull) {}

  private record Leaves(GraphQLSchema schema, Map<GraphQLType, Map<String, Leaf>> byType) {

    static Leaves of(GraphQLSchema schema) {
      Map<GraphQLType, Map<String, Leaf>> byType = new IdentityHashMap<>();
      for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
          .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
        if (type.getName().startsWith("__") || isRootType(schema, type)) {
          continue;
        }
        Map<String, Leaf> leaves = new HashMap<>();
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
          GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(field.getType());
          boolean leafType = unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType;
          if (leafType && field.getArguments().isEmpty()
              && schema.getCodeRegistry().getDataFetcher(type, field) instanceof AccessorFetcher fetcher) {
            leaves.put(field.getName(), new Leaf(fetcher, unwrapped, GraphQLTypeUtil.isNonNull(field.getType())));
          }
        }
        if (!leaves.isEmpty()) {
          byType.put(type, Map.copyOf(leaves));
        }
      }
      return new Leaves(schema, byType);
    }

    private static boolean isRootType(GraphQLSchema schema, GraphQLObjectType type) {
      return type == schema.getQueryType() || type == schema.getMutationType() || type == schema.getSubscriptionType();
    }
  }
}
