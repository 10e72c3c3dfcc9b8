package news.gateway.section;

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
public class SectionDataFetcher {

  private final SectionRepository sections;

  public SectionDataFetcher(SectionRepository sections) {
    this.sections = sections;
  }

  @DgsQuery
  public Section section(@InputArgument String slug) {
    return sections.findBySlug(Slug.checked(slug)).orElse(null);
  }

  @DgsData(parentType = "Section", field = "articles")
  public CompletableFuture<Connection<Article>> articles(DgsDataFetchingEnvironment env,
      @InputArgument Integer first, @InputArgument String after) {
    return ArticleLists.page(env, ArticleFilter.ofSection(env.<Section>getSource().slug()), first, after);
  }
}
