package news.gateway.feed;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;
import java.util.List;
import news.gateway.author.Author;
import news.gateway.author.AuthorRepository;

/** The presenters of every video on a page, in one query. Keyed by feed item id. */
@DgsDataLoader(name = "presenters")
public class PresentersDataLoader extends QueryBatchLoader<Long, List<Author>> {

  public PresentersDataLoader(AuthorRepository authors) {
    super(authors::findPresenters);
  }
}
