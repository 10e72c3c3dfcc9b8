package news.gateway.article.body;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import news.gateway.article.Article;
import news.gateway.article.ArticlesDataLoader;
import news.gateway.article.body.ContentBlock.ImageBlock;
import news.gateway.article.body.ContentBlock.RelatedArticleBlock;
import news.gateway.image.Image;
import news.gateway.image.ImagesDataLoader;

/** The pictures and teasers inside article bodies, batched with every other image and article of the page. */
@DgsComponent
public class ContentBlockDataFetcher {

  @DgsData(parentType = "ImageBlock", field = "image")
  public CompletableFuture<Image> image(DgsDataFetchingEnvironment env) {
    return env.<Long, Image>getDataLoader(ImagesDataLoader.class).load(env.<ImageBlock>getSource().imageId());
  }

  @DgsData(parentType = "RelatedArticleBlock", field = "article")
  public CompletableFuture<Article> article(DgsDataFetchingEnvironment env) {
    return env.<Long, Article>getDataLoader(ArticlesDataLoader.class).load(env.<RelatedArticleBlock>getSource().articleId());
  }
}
