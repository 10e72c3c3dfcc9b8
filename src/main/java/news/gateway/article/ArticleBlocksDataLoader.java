package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/**
 * The stored body blocks (jsonb text) of each article asked, in one query. Bodies are the bulk of an
 * article row, so they are read only when a page asks for `body`.
 */
@DgsDataLoader(name = ArticleBlocksDataLoader.NAME)
public class ArticleBlocksDataLoader extends QueryBatchLoader<Long, String> {

  public static final String NAME = "articleBlocks";

  public ArticleBlocksDataLoader(ArticleRepository articles) {
    super(articles::findVisibleBlocks);
  }
}
