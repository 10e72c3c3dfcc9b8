package news.gateway.observability;

import com.netflix.graphql.dgs.DgsDataLoaderInstrumentation;
import com.netflix.graphql.dgs.DgsDataLoaderInstrumentationContext;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dataloader.BatchLoaderEnvironment;
import org.springframework.stereotype.Component;

/**
 * Per DataLoader batch: how long it took ({@code gateway.dataloader.batch}, tags {@code loader} and
 * {@code outcome}) and how many keys it carried ({@code gateway.dataloader.batch.size}, tag {@code loader}).
 * The size is what shows whether batching works: batches of 1, one per parent, are N+1 queries.
 */
@Component
class DataLoaderMetrics implements DgsDataLoaderInstrumentation {

  static final String DURATION = "gateway.dataloader.batch";
  static final String SIZE = "gateway.dataloader.batch.size";

  private final MeterRegistry registry;
  /** A loader's meters, kept: finding them in the registry by name and tags on every batch cost 1 % of a page. */
  private final Map<String, LoaderMeters> meters = new ConcurrentHashMap<>();

  DataLoaderMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public DgsDataLoaderInstrumentationContext onDispatch(String loaderName, List<?> keys,
      BatchLoaderEnvironment environment) {
    LoaderMeters loader = meters.computeIfAbsent(loaderName, this::register);
    loader.size().record(keys.size());
    Timer.Sample started = Timer.start(registry);
    return (result, error) -> started.stop(error == null ? loader.succeeded() : loader.failed());
  }

  private LoaderMeters register(String loaderName) {
    DistributionSummary size = DistributionSummary.builder(SIZE)
        .description("Keys per DataLoader batch")
        .tag("loader", loaderName)
        .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200, 500)
        .register(registry);
    return new LoaderMeters(size, duration(loaderName, "SUCCESS"), duration(loaderName, "ERROR"));
  }

  private Timer duration(String loaderName, String outcome) {
    return Timer.builder(DURATION)
        .description("Time a DataLoader batch takes to load")
        .tag("loader", loaderName)
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(registry);
  }

  private record LoaderMeters(DistributionSummary size, Timer succeeded, Timer failed) {}
}
