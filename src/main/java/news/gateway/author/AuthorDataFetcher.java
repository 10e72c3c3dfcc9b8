package news.gateway.author;

import static graphql.schema.FieldCoordinates.coordinates;

import com.netflix.graphql.dgs.DgsCodeRegistry;
import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.concurrent.CompletableFuture;
import news.gateway.article.Article;
import news.gateway.article.ArticleFilter;
import news.gateway.article.ArticleLists;
import news.gateway.batch.LoaderBackedField;
import news.gateway.image.ImagesDataLoader;
import news.gateway.input.Slug;
import news.gateway.pagination.Connection;
import news.gateway.pagination.Connections;
import news.gateway.pagination.PageRequest;

@DgsComponent
public class AuthorDataFetcher {

  private final AuthorRepository authors;

  public AuthorDataFetcher(AuthorRepository authors) {
    this.authors = authors;
  }

  @DgsQuery
  public Author author(@InputArgument String slug) {
    return authors.findPublishedBySlug(Slug.checked(slug)).orElse(null);
  }

  @DgsQuery
  public Connection<Author> authors(@InputArgument Integer first, @InputArgument String after) {
    int size = PageRequest.checkedSize(first);
    return Connections.page(authors.findPublishedPage(size + 1, AuthorCursor.decode(after)), size,
        author -> new AuthorCursor(author.name(), author.rowId()).encode());
  }

  /** The avatar, read from the request's images loader like every picture of a card. */
  @DgsCodeRegistry
  public GraphQLCodeRegistry.Builder avatar(GraphQLCodeRegistry.Builder codeRegistry,
      TypeDefinitionRegistry schema) {
    return codeRegistry.dataFetcher(coordinates("Author", "avatar"),
        LoaderBackedField.of(ImagesDataLoader.NAME, Author.class, Author::avatarImageId));
  }

  @DgsData(parentType = "Author", field = "articles")
  public CompletableFuture<Connection<Article>> articles(DgsDataFetchingEnvironment env,
      @InputArgument Integer first, @InputArgument String after) {
    return ArticleLists.page(env, ArticleFilter.ofAuthor(env.<Author>getSource().slug()), first, after);
  }
}
