package news.gateway.batch;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * A field resolved by handing a key of its source to one of the request's DataLoaders, registered directly with
 * graphql-java for the relations a page resolves once per card: an article's bylines and hero image
 * (ArticleDataFetcher#cardRelations), a video's thumbnail, an author's avatar. It gives the value, or its future
 * when the loader does not hold it yet ({@link LoaderValues}); a source without a key (an article without a hero
 * image) gives {@code null}.
 *
 * <p>It is a {@link TrivialDataFetcher}: it runs on the request's thread and reads no thread-local state, so
 * Spring for GraphQL does not wrap each call in a context snapshot, and per-field tracing skips it (the
 * DataLoader metrics time the batch it joins). {@link #held} reads the value without an environment, for the
 * query strategy that completes such fields itself.
 *
 * @param <S> the source type
 */
public final class LoaderBackedField<S> implements TrivialDataFetcher<Object> {

  /** What {@link #held} answers when the loader does not hold the value yet. */
  public static final Object NOT_HELD = new Object();

  private final String loaderName;
  private final Class<S> sourceType;
  private final Function<S, ?> key;

  private LoaderBackedField(String loaderName, Class<S> sourceType, Function<S, ?> key) {
    this.loaderName = loaderName;
    this.sourceType = sourceType;
    this.key = key;
  }

  /** The field whose value the named loader gives for the key of its source. */
  public static <S> LoaderBackedField<S> of(String loaderName, Class<S> sourceType, Function<S, ?> key) {
    return new LoaderBackedField<>(loaderName, sourceType, key);
  }

  @Override
  public Object get(DataFetchingEnvironment env) {
    Object sourceKey = key.apply(sourceType.cast(env.getSource()));
    return sourceKey == null ? null : LoaderValues.valueOrLoad(env.getDataLoader(loaderName), sourceKey);
  }

  /**
   * The value the request's loader already holds for this source ({@code null} for a source without a key), or
   * {@link #NOT_HELD}: never a load, so reading it asks nothing of the engine's DataLoader dispatch.
   */
  public Object held(Object source, DataLoaderRegistry loaders) {
    if (!sourceType.isInstance(source)) {
      return NOT_HELD;
    }
    Object sourceKey = key.apply(sourceType.cast(source));
    if (sourceKey == null) {
      return null;
    }
    DataLoader<Object, Object> loader = loaders.getDataLoader(loaderName);
    CompletableFuture<Object> held = loader == null ? null : LoaderValues.held(loader, sourceKey);
    return held == null ? NOT_HELD : held.join();
  }
}
