package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/** Published articles by id (behind notes, teasers and global IDs) for a whole page in one query. */
@DgsDataLoader(name = "articles")
public class ArticlesDataLoader extends QueryBatchLoader<Long, Article> {

  public ArticlesDataLoader(ArticleRepository articles) {
    super(articles::findPublishedByIds);
  }
}
