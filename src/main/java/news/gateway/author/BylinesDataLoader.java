package news.gateway.author;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;
import java.util.List;

/** The bylines of every article on a page, in one query. Keyed by article id. */
@DgsDataLoader(name = BylinesDataLoader.NAME)
public class BylinesDataLoader extends QueryBatchLoader<Long, List<Author>> {

  public static final String NAME = "bylines";

  public BylinesDataLoader(AuthorRepository authors) {
    super(authors::findBylines);
  }
}
