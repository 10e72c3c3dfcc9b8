package news.gateway.section;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Sections by id, for every article and feed item of a page in one query. */
@DgsDataLoader(name = "sections")
public class SectionsDataLoader implements MappedBatchLoader<Long, Section> {

  private final SectionRepository sections;

  public SectionsDataLoader(SectionRepository sections) {
    this.sections = sections;
  }

  @Override
  public CompletionStage<Map<Long, Section>> load(Set<Long> sectionIds) {
    return CompletableFuture.completedFuture(sections.findByIds(sectionIds));
  }
}
