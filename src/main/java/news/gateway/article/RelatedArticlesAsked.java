package news.gateway.article;

import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import java.util.List;
import java.util.Optional;
import news.gateway.batch.AskedFields;
import news.gateway.pagination.PageRequest;

/**
 * The related stories a query asks of the article it fetches: how many, and with which parts. Known before the
 * article is read, they come with it in the article page's one statement ({@link ArticlePageRepository}) and are
 * handed to the {@code relatedArticles} DataLoader under the key its field asks for.
 */
record RelatedArticlesAsked(int first, ArticleParts parts) {

  private static final String FIELD = "relatedArticles";

  /**
   * The related stories asked under the article being fetched, when they are asked once, without a directive,
   * and with a valid {@code first}; otherwise the field loads them itself, and reports what is wrong with them.
   */
  static Optional<RelatedArticlesAsked> of(DataFetchingEnvironment env, AskedFields article) {
    List<Field> asked = article.named(FIELD);
    if (asked.size() != 1 || !asked.get(0).getDirectives().isEmpty()) {
      return Optional.empty();
    }
    GraphQLFieldDefinition definition = env.getGraphQLSchema().getObjectType("Article").getFieldDefinition(FIELD);
    Object first;
    try {
      first = ValuesResolver.getArgumentValues(definition.getArguments(), asked.get(0).getArguments(),
          CoercedVariables.of(env.getVariables()), env.getGraphQlContext(), env.getLocale()).get("first");
    } catch (RuntimeException notCoercible) {
      return Optional.empty();
    }
    if (!(first instanceof Integer size) || !PageRequest.isValidSize(size)) {
      return Optional.empty();
    }
    return Optional.of(new RelatedArticlesAsked(size, ArticleParts.askedBy(article.under(FIELD))));
  }

  RelatedArticlesKey keyOf(LoadedArticle article) {
    return new RelatedArticlesKey(article.article().rowId(), first, parts);
  }
}
