package news.gateway.limits;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import news.gateway.pagination.PageRequest;

/**
 * How big one operation is, measured on the document: the deepest field nesting, the number of top-level
 * fields and the cost (every field 1, and what is under a field with a `first` argument multiplied by that
 * page size, or under `nodes` by the number of IDs). Each fragment is measured once however often it is
 * spread, so a fragment fan-out that would expand to billions of fields is measured in time linear to the
 * document. A fragment that spreads itself
 * counts as empty here: validation refuses the cycle. Introspection fields (`__schema`, `__typename`, …)
 * are not counted; graphql-java's good-faith introspection check bounds those.
 */
record QueryShape(int depth, int rootFields, long cost) {

  /** The page size a field asks for with `first`; null when it cannot be known yet (e.g. a variable). */
  @FunctionalInterface
  interface PageSizeLookup {
    Integer of(Field field, GraphQLFieldDefinition definition);
  }

  static QueryShape measure(OperationDefinition operation, Map<String, FragmentDefinition> fragments,
      GraphQLSchema schema, PageSizeLookup pageSizes) {
    return measure(operation, new Walker(fragments, schema, pageSizes));
  }

  /**
   * The deepest, widest and costliest of a document's operations, each measured on its own, the fragments
   * once for all. Every operation counts, not only the one asked for: the document is validated, and then
   * cached, as a whole, and the next request may ask for another of its operations.
   */
  static QueryShape largest(Document document, GraphQLSchema schema, PageSizeLookup pageSizes) {
    Walker walker = new Walker(fragments(document), schema, pageSizes);
    QueryShape largest = new QueryShape(0, 0, 0);
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      QueryShape shape = measure(operation, walker);
      largest = new QueryShape(Math.max(largest.depth(), shape.depth()),
          Math.max(largest.rootFields(), shape.rootFields()), Math.max(largest.cost(), shape.cost()));
    }
    return largest;
  }

  private static QueryShape measure(OperationDefinition operation, Walker walker) {
    Measure measure = walker.selections(operation.getSelectionSet(), walker.rootType(operation));
    return new QueryShape(measure.depth(), walker.rootFields(operation.getSelectionSet()), measure.cost());
  }

  private static Map<String, FragmentDefinition> fragments(Document document) {
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.putIfAbsent(fragment.getName(), fragment);
    }
    return fragments;
  }

  /** Aliased fields anywhere in the document, fragments counted once. */
  static int aliases(Document document) {
    int count = 0;
    for (Node<?> definition : document.getDefinitions()) {
      count += aliases(definition);
    }
    return count;
  }

  private static int aliases(Node<?> node) {
    int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
    for (Node<?> child : node.getChildren()) {
      count += aliases(child);
    }
    return count;
  }

  private record Measure(int depth, long cost) {
    static final Measure NONE = new Measure(0, 0);
  }

  private static final class Walker {

    private final Map<String, FragmentDefinition> fragments;
    private final GraphQLSchema schema;
    private final PageSizeLookup pageSizes;
    private final Map<String, Measure> measuredFragments = new HashMap<>();
    private final Map<String, Integer> fragmentRootFields = new HashMap<>();
    private final Set<String> entered = new HashSet<>();

    Walker(Map<String, FragmentDefinition> fragments, GraphQLSchema schema, PageSizeLookup pageSizes) {
      this.fragments = fragments;
      this.schema = schema;
      this.pageSizes = pageSizes;
    }

    GraphQLType rootType(OperationDefinition operation) {
      return switch (operation.getOperation()) {
        case QUERY -> schema.getQueryType();
        case MUTATION -> schema.getMutationType();
        case SUBSCRIPTION -> schema.getSubscriptionType();
      };
    }

    Measure selections(SelectionSet selectionSet, GraphQLType parentType) {
      if (selectionSet == null) {
        return Measure.NONE;
      }
      int depth = 0;
      long cost = 0;
      for (Selection<?> selection : selectionSet.getSelections()) {
        Measure measure = Measure.NONE;
        if (selection instanceof Field field) {
          measure = field(field, parentType);
        } else if (selection instanceof InlineFragment inline) {
          measure = selections(inline.getSelectionSet(),
              inline.getTypeCondition() == null ? parentType : schema.getType(inline.getTypeCondition().getName()));
        } else if (selection instanceof FragmentSpread spread) {
          measure = fragment(spread.getName());
        }
        depth = Math.max(depth, measure.depth());
        cost = saturatedAdd(cost, measure.cost());
      }
      return new Measure(depth, cost);
    }

    private Measure field(Field field, GraphQLType parentType) {
      if (field.getName().startsWith("__")) {
        return Measure.NONE;
      }
      GraphQLFieldDefinition definition = parentType instanceof GraphQLFieldsContainer container
          ? container.getFieldDefinition(field.getName())
          : null;
      GraphQLType type = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
      Measure below = selections(field.getSelectionSet(), type);
      long cost = saturatedAdd(1, saturatedMultiply(pageSize(field, definition), below.cost()));
      return new Measure(below.depth() + 1, cost);
    }

    private long pageSize(Field field, GraphQLFieldDefinition definition) {
      if (!hasArgument(field, definition, "first") && !hasArgument(field, definition, "ids")) {
        return 1;
      }
      Integer size = pageSizes.of(field, definition);
      return size == null ? 1 : Math.max(1, Math.min(size, PageRequest.MAX_PAGE_SIZE));
    }

    private static boolean hasArgument(Field field, GraphQLFieldDefinition definition, String name) {
      return (definition != null && definition.getArgument(name) != null)
          || field.getArguments().stream().anyMatch(argument -> argument.getName().equals(name));
    }

    private Measure fragment(String name) {
      FragmentDefinition fragment = fragments.get(name);
      if (fragment == null || !entered.add(name)) {
        return measuredFragments.getOrDefault(name, Measure.NONE);
      }
      Measure measure = selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
      measuredFragments.put(name, measure);
      return measure;
    }

    int rootFields(SelectionSet selectionSet) {
      int count = 0;
      for (Selection<?> selection : selectionSet.getSelections()) {
        if (selection instanceof Field field) {
          count += field.getName().startsWith("__") ? 0 : 1;
        } else if (selection instanceof InlineFragment inline) {
          count += rootFields(inline.getSelectionSet());
        } else if (selection instanceof FragmentSpread spread) {
          count += fragmentRootFields(spread.getName());
        }
      }
      return count;
    }

    private int fragmentRootFields(String name) {
      FragmentDefinition fragment = fragments.get(name);
      if (fragment == null || fragmentRootFields.containsKey(name)) {
        return fragmentRootFields.getOrDefault(name, 0);
      }
      fragmentRootFields.put(name, 0);
      int count = rootFields(fragment.getSelectionSet());
      fragmentRootFields.put(name, count);
      return count;
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long saturatedMultiply(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}
