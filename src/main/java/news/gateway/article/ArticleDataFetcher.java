package news.gateway.article;

import static graphql.schema.FieldCoordinates.coordinates;

import com.netflix.graphql.dgs.DgsCodeRegistry;
import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import news.gateway.article.body.BodyHtml;
import news.gateway.article.body.ContentBlock;
import news.gateway.article.body.ContentBlocks;
import news.gateway.author.BylinesDataLoader;
import news.gateway.batch.AskedFields;
import news.gateway.batch.LoaderBackedField;
import news.gateway.batch.LoaderValues;
import news.gateway.config.SiteProperties;
import news.gateway.image.ImagesDataLoader;
import news.gateway.input.Slug;
import news.gateway.pagination.Connection;
import news.gateway.pagination.PageRequest;
import news.gateway.section.Section;
import news.gateway.section.SectionsDataLoader;
import news.gateway.tag.ArticleTagsDataLoader;
import news.gateway.tag.Tag;

@DgsComponent
public class ArticleDataFetcher {

  private final ArticleRepository articles;
  private final ArticlePageRepository pages;
  private final SiteProperties site;

  public ArticleDataFetcher(ArticleRepository articles, ArticlePageRepository pages, SiteProperties site) {
    this.articles = articles;
    this.pages = pages;
    this.site = site;
  }

  /**
   * The article page: the article comes with the parts the query asks of it (bylines, hero image, body), and with
   * its related stories when the query asks for them, all in one statement. The slug is read off the environment:
   * DGS's {@code @InputArgument} resolves it through Kotlin reflection on every call, 2 % of the gateway's CPU on
   * the article page.
   */
  @DgsQuery
  public Article article(DgsDataFetchingEnvironment env) {
    String slug = Slug.checked(env.getArgument("slug"));
    AskedFields asked = AskedFields.of(env);
    ArticleParts parts = ArticleParts.askedBy(asked);
    return RelatedArticlesAsked.of(env, asked)
        .map(related -> pages.findPublishedBySlug(slug, parts, related).map(page -> page.primed(env)))
        .orElseGet(() -> articles.findPublishedBySlug(slug, parts).map(loaded -> loaded.primed(env)))
        .orElse(null);
  }

  @DgsQuery
  public CompletableFuture<Connection<Article>> articles(DgsDataFetchingEnvironment env, @InputArgument Integer first,
      @InputArgument String after, @InputArgument ArticleFilter filter) {
    return ArticleLists.page(env, ArticleFilter.checkedOrNone(filter), first, after);
  }

  @DgsData(parentType = "Article", field = "url")
  public CompletableFuture<String> url(DgsDataFetchingEnvironment env) {
    Article article = env.getSource();
    return section(env).thenApply(section -> site.baseUrl() + "/" + section.slug() + "/" + article.slug());
  }

  @DgsData(parentType = "Article", field = "section")
  public CompletableFuture<Section> section(DgsDataFetchingEnvironment env) {
    return env.<Long, Section>getDataLoader(SectionsDataLoader.class).load(env.<Article>getSource().sectionId());
  }

  @DgsData(parentType = "Article", field = "tags")
  public CompletableFuture<List<Tag>> tags(DgsDataFetchingEnvironment env) {
    return env.<Long, List<Tag>>getDataLoader(ArticleTagsDataLoader.class).load(env.<Article>getSource().rowId());
  }

  /**
   * The relations an article card shows, resolved once per article on a page (some 100 times for a home page of
   * 20 cards with four related stories each). Each only hands a key to a DataLoader, which costs less than DGS's
   * reflective method invoker around it: they are plain graphql-java data fetchers.
   */
  @DgsCodeRegistry
  public GraphQLCodeRegistry.Builder cardRelations(GraphQLCodeRegistry.Builder codeRegistry,
      TypeDefinitionRegistry schema) {
    return codeRegistry
        .dataFetcher(coordinates("Article", "authors"),
            LoaderBackedField.of(BylinesDataLoader.NAME, Article.class, Article::rowId))
        .dataFetcher(coordinates("Article", "heroImage"),
            LoaderBackedField.of(ImagesDataLoader.NAME, Article.class, Article::heroImageId))
        .dataFetcher(coordinates("Article", "relatedArticles"),
            (TrivialDataFetcher<?>) ArticleDataFetcher::relatedArticles);
  }

  /** The stories come with the parts the query asks of them (see {@link LoadedArticle}). */
  private static CompletableFuture<List<Article>> relatedArticles(DataFetchingEnvironment env) {
    RelatedArticlesKey key = new RelatedArticlesKey(env.<Article>getSource().rowId(),
        PageRequest.checkedSize(env.getArgument("first")), ArticleParts.askedBy(AskedFields.of(env)));
    return env.<RelatedArticlesKey, List<LoadedArticle>>getDataLoader(RelatedArticlesDataLoader.NAME).load(key)
        .thenApply(stories -> LoadedArticle.primed(stories, env));
  }

  /** The {@link ContentBlock}s, or their future when the article's statement did not bring the body. */
  @DgsData(parentType = "Article", field = "blocks")
  public Object blocks(DgsDataFetchingEnvironment env) {
    return visibleBlocks(env, ContentBlocks::parse);
  }

  /** The body's HTML, or its future when the article's statement did not bring the body. */
  @DgsData(parentType = "Article", field = "body")
  public Object body(DgsDataFetchingEnvironment env) {
    return visibleBlocks(env, BodyHtml::render);
  }

  private static Object visibleBlocks(DgsDataFetchingEnvironment env, Function<String, ?> rendered) {
    return LoaderValues.valueOrLoad(env.<Long, String>getDataLoader(ArticleBlocksDataLoader.NAME),
        env.<Article>getSource().rowId(), rendered);
  }
}
