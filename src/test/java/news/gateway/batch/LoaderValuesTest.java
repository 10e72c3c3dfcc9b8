package news.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

class LoaderValuesTest {

  private final List<List<Long>> batches = new ArrayList<>();
  private final DataLoader<Long, String> names = DataLoaderFactory.newDataLoader(keys -> {
    batches.add(keys);
    return CompletableFuture.completedFuture(keys.stream().map(key -> "loaded " + key).toList());
  });

  @Test
  void aPrimedKeyGivesItsValueAtOnceWithoutABatch() {
    names.prime(7L, "primed 7");

    assertThat(LoaderValues.valueOrLoad(names, 7L)).isEqualTo("primed 7");
    assertThat(LoaderValues.valueOrLoad(names, 7L, String::length)).isEqualTo(8);
    assertThat(names.dispatchDepth()).isZero();
    assertThat(batches).isEmpty();
  }

  @Test
  void anUnknownKeyGivesTheLoadersFutureAndJoinsTheBatch() {
    Object first = LoaderValues.valueOrLoad(names, 1L);
    Object second = LoaderValues.valueOrLoad(names, 2L, String::toUpperCase);
    names.dispatch();

    assertThat(first).isInstanceOf(CompletableFuture.class);
    assertThat(((CompletableFuture<?>) first).join()).isEqualTo("loaded 1");
    assertThat(((CompletableFuture<?>) second).join()).isEqualTo("LOADED 2");
    assertThat(batches).containsExactly(List.of(1L, 2L));
  }

  @Test
  void aKeyPrimedWithAFailureGivesTheFailedFuture() {
    names.prime(3L, new IllegalStateException("no such name"));

    Object result = LoaderValues.valueOrLoad(names, 3L);

    assertThat(result).isInstanceOf(CompletableFuture.class);
    assertThat((CompletableFuture<?>) result).isCompletedExceptionally();
  }
}
