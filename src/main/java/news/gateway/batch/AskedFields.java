package news.gateway.batch;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The fields a query asks for under one field, read off the document's syntax tree through inline fragments
 * and fragment spreads, regardless of type conditions and {@code @skip}/{@code @include}. It decides what a
 * statement brings along with its rows: a field counted in that the response will not show costs a few columns,
 * and any part a statement does not bring is loaded by its DataLoader as usual. graphql-java's
 * DataFetchingFieldSelectionSet answers the same but normalises the whole operation and compiles a glob pattern
 * per question: 14 % of the gateway's CPU on the home feed (bench/profile.sh).
 */
public final class AskedFields {

  private final List<SelectionSet> selections;
  private final Map<String, FragmentDefinition> fragments;
  private final OptionalColumns columns;

  AskedFields(List<SelectionSet> selections, Map<String, FragmentDefinition> fragments, OptionalColumns columns) {
    this.selections = selections;
    this.fragments = fragments;
    this.columns = columns;
  }

  /** What the query asks for under the field being fetched. */
  public static AskedFields of(DataFetchingEnvironment env) {
    return new AskedFields(env.getMergedField().getFields().stream().map(Field::getSelectionSet)
        .filter(Objects::nonNull).toList(), env.getFragmentsByName(), OptionalColumns.of(env));
  }

  /** What the query asks for under the fields with any of these names directly below, taken together. */
  public AskedFields under(String... names) {
    Set<String> wanted = Set.of(names);
    List<SelectionSet> found = new ArrayList<>();
    forEachField(selections, field -> {
      if (wanted.contains(field.getName()) && field.getSelectionSet() != null) {
        found.add(field.getSelectionSet());
      }
    });
    return new AskedFields(found, fragments, columns);
  }

  /** The fields of this name directly below, wherever they are written. */
  public List<Field> named(String name) {
    List<Field> found = new ArrayList<>(1);
    forEachField(selections, field -> {
      if (field.getName().equals(name)) {
        found.add(field);
      }
    });
    return found;
  }

  /** The optional columns of the request's records (the same for every field of the request). */
  public OptionalColumns columns() {
    return columns;
  }

  /** Whether a field of this name is asked for directly below. */
  public boolean contains(String name) {
    boolean[] found = {false};
    forEachField(selections, field -> found[0] |= field.getName().equals(name));
    return found[0];
  }

  private void forEachField(List<SelectionSet> sets, Consumer<Field> action) {
    for (SelectionSet set : sets) {
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof Field field) {
          action.accept(field);
        } else if (selection instanceof InlineFragment inline) {
          forEachField(List.of(inline.getSelectionSet()), action);
        } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
          forEachField(List.of(fragments.get(spread.getName()).getSelectionSet()), action);
        }
      }
    }
  }
}
