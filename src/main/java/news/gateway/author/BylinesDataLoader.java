package news.gateway.author;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** The bylines of every article on a page, in one query. Keyed by article id. */
@DgsDataLoader(name = "bylines")
public class BylinesDataLoader implements MappedBatchLoader<Long, List<Author>> {

  private final AuthorRepository authors;

  public BylinesDataLoader(AuthorRepository authors) {
    this.authors = authors;
  }

  @Override
  public CompletionStage<Map<Long, List<Author>>> load(Set<Long> articleIds) {
    return CompletableFuture.completedFuture(authors.findBylines(articleIds));
  }
}
