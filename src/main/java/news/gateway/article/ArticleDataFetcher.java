package news.gateway.article;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import news.gateway.article.body.BodyHtml;
import news.gateway.article.body.ContentBlock;
import news.gateway.article.body.ContentBlocks;
import news.gateway.author.Author;
import news.gateway.author.BylinesDataLoader;
import news.gateway.config.SiteProperties;
import news.gateway.image.Image;
import news.gateway.image.ImageLoading;
import news.gateway.image.ImagesDataLoader;
import news.gateway.input.Slug;
import news.gateway.pagination.Connection;
import news.gateway.pagination.PageRequest;
import news.gateway.section.Section;
import news.gateway.section.SectionsDataLoader;
import news.gateway.tag.ArticleTagsDataLoader;
import news.gateway.tag.Tag;
import org.dataloader.DataLoader;

@DgsComponent
public class ArticleDataFetcher {

  private final ArticleRepository articles;
  private final SiteProperties site;

  public ArticleDataFetcher(ArticleRepository articles, SiteProperties site) {
    this.articles = articles;
    this.site = site;
  }

  @DgsQuery
  public Article article(@InputArgument String slug) {
    return articles.findPublishedBySlug(Slug.checked(slug)).orElse(null);
  }

  @DgsQuery
  public CompletableFuture<Connection<Article>> articles(DgsDataFetchingEnvironment env, @InputArgument Integer first,
      @InputArgument String after, @InputArgument ArticleFilter filter) {
    return ArticleLists.page(env, ArticleFilter.orNone(filter), first, after);
  }

  @DgsData(parentType = "Article", field = "url")
  public CompletableFuture<String> url(DgsDataFetchingEnvironment env) {
    Article article = env.getSource();
    return section(env).thenApply(section -> site.baseUrl() + "/" + section.slug() + "/" + article.slug());
  }

  @DgsData(parentType = "Article", field = "authors")
  public CompletableFuture<List<Author>> authors(DgsDataFetchingEnvironment env) {
    return env.<Long, List<Author>>getDataLoader(BylinesDataLoader.class).load(env.<Article>getSource().rowId());
  }

  @DgsData(parentType = "Article", field = "heroImage")
  public CompletableFuture<Image> heroImage(DgsDataFetchingEnvironment env) {
    return ImageLoading.load(env, env.<Article>getSource().heroImageId());
  }

  @DgsData(parentType = "Article", field = "section")
  public CompletableFuture<Section> section(DgsDataFetchingEnvironment env) {
    return env.<Long, Section>getDataLoader(SectionsDataLoader.class).load(env.<Article>getSource().sectionId());
  }

  @DgsData(parentType = "Article", field = "tags")
  public CompletableFuture<List<Tag>> tags(DgsDataFetchingEnvironment env) {
    return env.<Long, List<Tag>>getDataLoader(ArticleTagsDataLoader.class).load(env.<Article>getSource().rowId());
  }

  @DgsData(parentType = "Article", field = "relatedArticles")
  public CompletableFuture<List<Article>> relatedArticles(DgsDataFetchingEnvironment env,
      @InputArgument Integer first) {
    DataFetchingFieldSelectionSet story = env.getSelectionSet();
    RelatedArticlesKey key = new RelatedArticlesKey(env.<Article>getSource().rowId(), PageRequest.checkedSize(first),
        story.contains("authors"), story.contains("heroImage"));
    DataLoader<Long, List<Author>> bylines = env.getDataLoader(BylinesDataLoader.class);
    DataLoader<Long, Image> images = env.getDataLoader(ImagesDataLoader.class);
    return env.<RelatedArticlesKey, List<RelatedStory>>getDataLoader(RelatedArticlesDataLoader.class).load(key)
        .thenApply(stories -> RelatedStory.primed(stories, bylines, images));
  }

  @DgsData(parentType = "Article", field = "blocks")
  public CompletableFuture<List<ContentBlock>> blocks(DgsDataFetchingEnvironment env) {
    return visibleBlocks(env).thenApply(ContentBlocks::parse);
  }

  @DgsData(parentType = "Article", field = "body")
  public CompletableFuture<String> body(DgsDataFetchingEnvironment env) {
    return visibleBlocks(env).thenApply(BodyHtml::render);
  }

  private static CompletableFuture<String> visibleBlocks(DgsDataFetchingEnvironment env) {
    return env.<Long, String>getDataLoader(ArticleBlocksDataLoader.class).load(env.<Article>getSource().rowId());
  }
}
