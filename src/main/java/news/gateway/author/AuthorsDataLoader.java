package news.gateway.author;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Published authors by id, for global ID look-ups, in one query. */
@DgsDataLoader(name = "authors")
public class AuthorsDataLoader implements MappedBatchLoader<Long, Author> {

  private final AuthorRepository authors;

  public AuthorsDataLoader(AuthorRepository authors) {
    this.authors = authors;
  }

  @Override
  public CompletionStage<Map<Long, Author>> load(Set<Long> authorIds) {
    return CompletableFuture.completedFuture(authors.findPublishedByIds(authorIds));
  }
}
