package news.gateway.article;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;
import java.util.List;

/** The related stories of every article on a page, with the parts the query asks of them, in one query. */
@DgsDataLoader(name = RelatedArticlesDataLoader.NAME)
public class RelatedArticlesDataLoader extends QueryBatchLoader<RelatedArticlesKey, List<LoadedArticle>> {

  public static final String NAME = "relatedArticles";

  public RelatedArticlesDataLoader(RelatedArticleRepository articles) {
    super(articles::findRelated);
  }
}
