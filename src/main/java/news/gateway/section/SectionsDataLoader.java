package news.gateway.section;

import com.netflix.graphql.dgs.DgsDataLoader;
import news.gateway.batch.QueryBatchLoader;

/** Sections by id, for every article and feed item of a page in one query. */
@DgsDataLoader(name = "sections")
public class SectionsDataLoader extends QueryBatchLoader<Long, Section> {

  public SectionsDataLoader(SectionRepository sections) {
    super(sections::findByIds);
  }
}
