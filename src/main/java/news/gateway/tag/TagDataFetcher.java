package news.gateway.tag;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import java.util.concurrent.CompletableFuture;
import news.gateway.article.Article;
import news.gateway.article.ArticleFilter;
import news.gateway.article.ArticleLists;
import news.gateway.input.Slug;
import news.gateway.pagination.Connection;

@DgsComponent
public class TagDataFetcher {

  private final TagRepository tags;

  public TagDataFetcher(TagRepository tags) {
    this.tags = tags;
  }

  @DgsQuery
  public Tag tag(@InputArgument String slug) {
    return tags.findBySlug(Slug.checked(slug)).orElse(null);
  }

  @DgsData(parentType = "Tag", field = "articles")
  public CompletableFuture<Connection<Article>> articles(DgsDataFetchingEnvironment env,
      @InputArgument Integer first, @InputArgument String after) {
    return ArticleLists.page(env, ArticleFilter.ofTag(env.<Tag>getSource().slug()), first, after);
  }
}
