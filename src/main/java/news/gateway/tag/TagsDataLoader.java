package news.gateway.tag;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Tags by id, for global ID look-ups, in one query. */
@DgsDataLoader(name = "tags")
public class TagsDataLoader implements MappedBatchLoader<Long, Tag> {

  private final TagRepository tags;

  public TagsDataLoader(TagRepository tags) {
    this.tags = tags;
  }

  @Override
  public CompletionStage<Map<Long, Tag>> load(Set<Long> tagIds) {
    return CompletableFuture.completedFuture(tags.findByIds(tagIds));
  }
}
