package news.gateway.batch;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.MappedBatchLoader;

/**
 * A DataLoader batch served by one repository query for all the keys of a page. The query runs on the
 * request's thread when the batch is dispatched: no thread hop, and the per-request SQL statement count stays
 * exact.
 */
public abstract class QueryBatchLoader<K, V> implements MappedBatchLoader<K, V> {

  private final Function<Set<K>, Map<K, V>> query;

  protected QueryBatchLoader(Function<Set<K>, Map<K, V>> query) {
    this.query = query;
  }

  @Override
  public CompletionStage<Map<K, V>> load(Set<K> keys) {
    return CompletableFuture.completedFuture(query.apply(keys));
  }
}
