package news.gateway.author;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import news.gateway.article.Article;
import news.gateway.image.Image;
import news.gateway.image.ImageLoading;
import news.gateway.input.Slug;
import news.gateway.pagination.Connection;
import news.gateway.pagination.Connections;
import news.gateway.pagination.KeysetCursor;
import news.gateway.pagination.PageRequest;

@DgsComponent
public class AuthorDataFetcher {

  static final String ARTICLES_LIST = "author-articles";

  private final AuthorRepository authors;

  public AuthorDataFetcher(AuthorRepository authors) {
    this.authors = authors;
  }

  @DgsQuery
  public Author author(@InputArgument String slug) {
    return authors.findPublishedBySlug(Slug.checked(slug)).orElse(null);
  }

  @DgsData(parentType = "Author", field = "avatar")
  public CompletableFuture<Image> avatar(DgsDataFetchingEnvironment env) {
    return ImageLoading.load(env, env.<Author>getSource().avatarImageId());
  }

  @DgsData(parentType = "Author", field = "articles")
  public CompletableFuture<Connection<Article>> articles(DgsDataFetchingEnvironment env,
      @InputArgument Integer first, @InputArgument String after) {
    PageRequest page = PageRequest.of(ARTICLES_LIST, first, after);
    AuthorArticlesKey key = new AuthorArticlesKey(env.<Author>getSource().rowId(), page);
    return env.<AuthorArticlesKey, List<Article>>getDataLoader(AuthorArticlesDataLoader.class).load(key)
        .thenApply(rows -> Connections.page(rows, page.first(),
            article -> new KeysetCursor(article.publishedAt(), article.rowId()).encode(ARTICLES_LIST)));
  }
}
