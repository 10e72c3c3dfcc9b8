package news.gateway.tag;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The tags of each article of a page, in one query. */
@DgsDataLoader(name = "articleTags")
public class ArticleTagsDataLoader implements MappedBatchLoader<Long, List<Tag>> {

  private final TagRepository tags;

  public ArticleTagsDataLoader(TagRepository tags) {
    this.tags = tags;
  }

  @Override
  public CompletionStage<Map<Long, List<Tag>>> load(Set<Long> articleIds) {
    return CompletableFuture.completedFuture(tags.findByArticleIds(articleIds));
  }
}
