package news.gateway.batch;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether the records a request loads carry their optional columns: an article's details (standfirst, kicker,
 * word count, reading time, last update), an author's profile (job title, bio), an image's description (alt
 * text, caption, credit, focal point). A home page's cards show none of them, and PostgreSQL spent a quarter
 * of a home page's time writing them out (pgbench). It is decided once for the whole request, from the names of
 * the fields its document selects anywhere: every record of a type in a request then carries the same columns,
 * so a record primed into a DataLoader serves every field of the request that reads it. A record built without
 * a column holds {@code null} for it; no field of that request reads it.
 */
public record OptionalColumns(boolean articleDetails, boolean authorProfile, boolean imageDescription) {

  public static final OptionalColumns ALL = new OptionalColumns(true, true, true);
  public static final OptionalColumns NONE = new OptionalColumns(false, false, false);

  private static final Set<String> ARTICLE_DETAILS =
      Set.of("standfirst", "kicker", "wordCount", "readingTimeMinutes", "updatedAt");
  private static final Set<String> AUTHOR_PROFILE = Set.of("jobTitle", "bio");
  private static final Set<String> IMAGE_DESCRIPTION = Set.of("altText", "caption", "credit", "focalPoint");

  /** The request's columns, worked out by its first caller. */
  public static OptionalColumns of(DataFetchingEnvironment env) {
    return env.getGraphQlContext().computeIfAbsent(OptionalColumns.class, key -> askedIn(env.getDocument()));
  }

  static OptionalColumns askedIn(Document document) {
    Set<String> names = new HashSet<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof OperationDefinition operation) {
        collectFieldNames(operation.getSelectionSet(), names);
      } else if (definition instanceof FragmentDefinition fragment) {
        collectFieldNames(fragment.getSelectionSet(), names);
      }
    }
    return new OptionalColumns(containsAny(names, ARTICLE_DETAILS), containsAny(names, AUTHOR_PROFILE),
        containsAny(names, IMAGE_DESCRIPTION));
  }

  public OptionalColumns or(OptionalColumns other) {
    return new OptionalColumns(articleDetails || other.articleDetails, authorProfile || other.authorProfile,
        imageDescription || other.imageDescription);
  }

  // fragment spreads need no visit: every fragment's definition is read on its own
  private static void collectFieldNames(SelectionSet set, Set<String> names) {
    if (set == null) {
      return;
    }
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field) {
        names.add(field.getName());
        collectFieldNames(field.getSelectionSet(), names);
      } else if (selection instanceof InlineFragment inline) {
        collectFieldNames(inline.getSelectionSet(), names);
      }
    }
  }

  private static boolean containsAny(Set<String> names, Set<String> wanted) {
    return wanted.stream().anyMatch(names::contains);
  }
}
