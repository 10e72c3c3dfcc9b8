package news.gateway.batch;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;

/**
 * A DataLoader's value for a key as a field's result: the value itself when the loader already holds it, as it
 * does for the parts primed by the statement that loaded the parent (an article card's bylines and hero image),
 * so graphql-java completes the field at once; the loader's future otherwise. A future costs graphql-java a
 * chain of callbacks per field, and a home page has some 120 such fields.
 */
public final class LoaderValues {

  private LoaderValues() {}

  public static <K, V> Object valueOrLoad(DataLoader<K, V> loader, K key) {
    CompletableFuture<V> held = held(loader, key);
    return held != null ? held.join() : loader.load(key);
  }

  /** The value, or the future of the value, passed through {@code then}. */
  public static <K, V, R> Object valueOrLoad(DataLoader<K, V> loader, K key, Function<? super V, R> then) {
    CompletableFuture<V> held = held(loader, key);
    return held != null ? then.apply(held.join()) : loader.load(key).thenApply(then);
  }

  /** The loader's successfully completed future for the key, or {@code null}. */
  static <K, V> CompletableFuture<V> held(DataLoader<K, V> loader, K key) {
    return loader.getIfCompleted(key).filter(future -> !future.isCompletedExceptionally()).orElse(null);
  }
}
