package news.gateway.config;

import static graphql.execution.FieldValueInfo.CompleteValueType.ENUM;
import static graphql.execution.FieldValueInfo.CompleteValueType.LIST;
import static graphql.execution.FieldValueInfo.CompleteValueType.NULL;
import static graphql.execution.FieldValueInfo.CompleteValueType.OBJECT;
import static graphql.execution.FieldValueInfo.CompleteValueType.SCALAR;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.FieldValueInfo.CompleteValueType;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
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
import news.gateway.batch.LoaderBackedField;

/**
 * graphql-java's query strategy, except that plain reads are completed at once, without the engine's round of
 * step info, parameters, instrumentation hooks and fetched-value wrapping that every field otherwise gets. Two
 * kinds of field are plain reads:
 *
 * <ul>
 *   <li>a scalar or enum read by an {@link AccessorFetcher}: its record's accessor is called and the value
 *       serialised;
 *   <li>a relation whose {@link LoaderBackedField} finds its value already held by the request's DataLoader (an
 *       article card's bylines and hero image, primed by the statement that loaded the card), when the selection
 *       below it is itself only plain reads.
 * </ul>
 *
 * An object whose selection is only plain reads ({@code heroImage { url }}, a related story's
 * {@code slug headline authors { name }}) is completed the same way, without the engine collecting its fields
 * and running them as a level of their own. Most of the home feed's fields are such reads.
 *
 * <p>Only the plain case takes the short way: no per-field instrumentation (with Spring's data fetcher
 * observations on, every field goes through the engine so it is timed), no root field (the engine counts those
 * for DataLoader dispatch), selections without fragments, directives or arguments, a value that is there or may
 * be null, and a value its scalar serialises. Anything else, a null for a non-null field, an accessor that throws,
 * a value that does not serialise or a relation its loader does not hold yet, goes the engine's way again, which
 * makes the error the client sees or waits for the load. A plain read never loads, so the engine's dispatch of
 * the levels below it does not wait on it.
 */
public final class PlainReadExecutionStrategy extends AsyncExecutionStrategy {

  /** What the completing methods answer where the engine must complete the field. */
  private static final Object BY_THE_ENGINE = new Object();

  /** The plain reads of one schema, by object type and field name; replaced if the schema is reloaded. */
  private volatile PlainReads plainReads = new PlainReads(null, Map.of());

  public PlainReadExecutionStrategy(DataFetcherExceptionHandler exceptionHandler) {
    super(exceptionHandler);
  }

  @Override
  protected Object resolveFieldWithInfo(ExecutionContext context, ExecutionStrategyParameters parameters) {
    if (context.getInstrumentation() instanceof RequestLevelInstrumentation) {
      GraphQLType parent = parameters.getExecutionStepInfo().getUnwrappedNonNullType();
      MergedField field = parameters.getField();
      PlainRead read = plainReadsOf(context.getGraphQLSchema(), parent).get(field.getName());
      // The occurrences of a relation merged from several places select the union of their selections.
      boolean plain = read instanceof Leaf || read instanceof Relation && field.getFields().size() == 1;
      Object value = plain ? completed(read, field.getSingleField(), context, parameters.getSource()) : BY_THE_ENGINE;
      if (value != BY_THE_ENGINE) {
        return new FieldValueInfo(kindOf(read, value), value);
      }
    }
    return super.resolveFieldWithInfo(context, parameters);
  }

  @Override
  protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
      GraphQLObjectType type, Object source) {
    if (context.getInstrumentation() instanceof RequestLevelInstrumentation
        && parameters.getField().getFields().size() == 1) {
      Map<String, Object> object = completedObject(context, parameters.getField().getSingleField(), type, source);
      if (object != null) {
        return object;
      }
    }
    return super.completeValueForObject(context, parameters, type, source);
  }

  /** The field's completed value on this source, null, or {@link #BY_THE_ENGINE}. */
  private Object completed(PlainRead read, Field field, ExecutionContext context, Object source) {
    if (read instanceof Leaf leaf) {
      return completedLeaf(leaf, context, source);
    }
    Relation relation = (Relation) read;
    Object held = relation.fetcher().held(source, context.getDataLoaderRegistry());
    return held == LoaderBackedField.NOT_HELD ? BY_THE_ENGINE : completedValue(context, field, relation.type(), held);
  }

  /**
   * A relation's value completed for the field's selection: a response map, a list of them, null, or
   * {@link #BY_THE_ENGINE}.
   */
  private Object completedValue(ExecutionContext context, Field field, GraphQLOutputType type, Object value) {
    Object unboxed = context.getValueUnboxer().unbox(value);
    if (unboxed == null) {
      return GraphQLTypeUtil.isNonNull(type) ? BY_THE_ENGINE : null;
    }
    GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
    if (unwrapped instanceof GraphQLList list && unboxed instanceof List<?> items) {
      List<Object> completed = new ArrayList<>(items.size());
      for (Object item : items) {
        Object element = completedValue(context, field, (GraphQLOutputType) list.getWrappedType(), item);
        if (element == BY_THE_ENGINE) {
          return BY_THE_ENGINE;
        }
        completed.add(element);
      }
      return completed;
    }
    if (unwrapped instanceof GraphQLObjectType object) {
      Map<String, Object> completed = completedObject(context, field, object, unboxed);
      return completed == null ? BY_THE_ENGINE : completed;
    }
    return BY_THE_ENGINE;
  }

  /** The object's response if the field's selection is only plain reads, else null. */
  private Map<String, Object> completedObject(ExecutionContext context, Field field, GraphQLObjectType type,
      Object source) {
    List<Selection> selections = field.getSelectionSet().getSelections();
    Map<String, PlainRead> ofType = plainReadsOf(context.getGraphQLSchema(), type);
    // Checked before any value is read: an object the engine completes after all would have its reads done twice.
    for (Selection<?> selection : selections) {
      if (!(selection instanceof Field selected) || !selected.getDirectives().isEmpty()
          || !selected.getArguments().isEmpty()
          || !ofType.containsKey(selected.getName()) && !selected.getName().equals("__typename")) {
        return null;
      }
    }
    List<String> keys = new ArrayList<>(selections.size());
    List<Object> values = new ArrayList<>(selections.size());
    for (Selection<?> selection : selections) {
      Field selected = (Field) selection;
      if (keys.contains(selected.getResultKey())) {
        return null;
      }
      PlainRead read = ofType.get(selected.getName());
      Object value = read == null ? type.getName() : completed(read, selected, context, source);
      if (value == BY_THE_ENGINE) {
        return null;
      }
      keys.add(selected.getResultKey());
      values.add(value);
    }
    return context.getResponseMapFactory().createInsertionOrdered(keys, values);
  }

  /** The leaf's serialised value on this source, null, or {@link #BY_THE_ENGINE}. */
  private static Object completedLeaf(Leaf leaf, ExecutionContext context, Object source) {
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

  private static CompleteValueType kindOf(PlainRead read, Object value) {
    if (value == null) {
      return NULL;
    }
    if (read instanceof Leaf leaf) {
      return leaf.type() instanceof GraphQLEnumType ? ENUM : SCALAR;
    }
    return value instanceof List ? LIST : OBJECT;
  }

  private Map<String, PlainRead> plainReadsOf(GraphQLSchema schema, GraphQLType type) {
    PlainReads known = plainReads;
    if (known.schema() != schema) {
      known = PlainReads.of(schema);
      plainReads = known;
    }
    return known.byType().getOrDefault(type, Map.of());
  }

  /** Whether the strategy may complete this field of this type itself. */
  boolean completesDirectly(GraphQLSchema schema, String typeName, String fieldName) {
    return plainReadsOf(schema, schema.getObjectType(typeName)).containsKey(fieldName);
  }

  private sealed interface PlainRead permits Leaf, Relation {}

  private record Leaf(AccessorFetcher fetcher, GraphQLType type, boolean nonNull) implements PlainRead {}

  private record Relation(LoaderBackedField<?> fetcher, GraphQLOutputType type) implements PlainRead {}

  private record PlainReads(GraphQLSchema schema, Map<GraphQLType, Map<String, PlainRead>> byType) {

    static PlainReads of(GraphQLSchema schema) {
      Map<GraphQLType, Map<String, PlainRead>> byType = new IdentityHashMap<>();
      for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
          .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
        if (type.getName().startsWith("__") || isRootType(schema, type)) {
          continue;
        }
        Map<String, PlainRead> reads = new HashMap<>();
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
          PlainRead read = field.getArguments().isEmpty()
              ? plainRead(field, schema.getCodeRegistry().getDataFetcher(type, field))
              : null;
          if (read != null) {
            reads.put(field.getName(), read);
          }
        }
        if (!reads.isEmpty()) {
          byType.put(type, Map.copyOf(reads));
        }
      }
      return new PlainReads(schema, byType);
    }

    private static PlainRead plainRead(GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
      GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(field.getType());
      boolean leafType = unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType;
      if (leafType && fetcher instanceof AccessorFetcher accessor) {
        return new Leaf(accessor, unwrapped, GraphQLTypeUtil.isNonNull(field.getType()));
      }
      if (!leafType && fetcher instanceof LoaderBackedField<?> relation) {
        return new Relation(relation, field.getType());
      }
      return null;
    }

    private static boolean isRootType(GraphQLSchema schema, GraphQLObjectType type) {
      return type == schema.getQueryType() || type == schema.getMutationType() || type == schema.getSubscriptionType();
    }
  }
}
