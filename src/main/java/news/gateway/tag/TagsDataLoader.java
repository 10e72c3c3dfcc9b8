package news.gateway.tag;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/** Tags by id, for global ID look-ups, in one query. */
@DgsDataLoader(name = "tags")
public class TagsDataLoader extends QueryBatchLoader<Long, Tag> {

  public TagsDataLoader(TagRepository tags) {
    super(tags::findByIds);
  }
}
