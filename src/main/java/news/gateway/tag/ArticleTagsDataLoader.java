package news.gateway.tag;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;
import java.util.List;

/** The tags of each article of a page, in one query. */
@DgsDataLoader(name = "articleTags")
public class ArticleTagsDataLoader extends QueryBatchLoader<Long, List<Tag>> {

  public ArticleTagsDataLoader(TagRepository tags) {
    super(tags::findByArticleIds);
  }
}
