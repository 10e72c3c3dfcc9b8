package news.gateway.author;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/** Published authors by id, for global ID look-ups, in one query. */
@DgsDataLoader(name = "authors")
public class AuthorsDataLoader extends QueryBatchLoader<Long, Author> {

  public AuthorsDataLoader(AuthorRepository authors) {
    super(authors::findPublishedByIds);
  }
}
