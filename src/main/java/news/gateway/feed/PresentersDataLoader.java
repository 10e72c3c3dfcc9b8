package news.gateway.feed;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import news.gateway.author.Author;
import news.gateway.author.AuthorRepository;
import org.dataloader.MappedBatchLoader;

/** The presenters of every video on a page, in one query. Keyed by feed item id. */
@DgsDataLoader(name = "presenters")
public class PresentersDataLoader implements MappedBatchLoader<Long, List<Author>> {

  private final AuthorRepository authors;

  public PresentersDataLoader(AuthorRepository authors) {
    this.authors = authors;
  }

  @Override
  public CompletionStage<Map<Long, List<Author>>> load(Set<Long> feedItemIds) {
    return CompletableFuture.completedFuture(authors.findPresenters(feedItemIds));
  }
}
