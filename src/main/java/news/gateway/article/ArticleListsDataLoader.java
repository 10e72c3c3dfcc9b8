package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;
import java.util.List;

/** Every article list on a page (article listing, section, tag and author pages) in one query. */
@DgsDataLoader(name = "articleLists")
public class ArticleListsDataLoader extends QueryBatchLoader<ArticleListKey, List<Article>> {

  public ArticleListsDataLoader(ArticleListRepository lists) {
    super(lists::findPages);
  }
}
