package news.gateway.observability;

import com.netflix.graphql.dgs.DgsDataLoaderInstrumentation;
import com.netflix.graphql.dgs.DgsDataLoaderInstrumentationContext;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
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

  DataLoaderMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public DgsDataLoaderInstrumentationContext onDispatch(String loaderName, List<?> keys,
      BatchLoaderEnvironment environment) {
    DistributionSummary.builder(SIZE)
        .description("Keys per DataLoader batch")
        .tag("loader", loaderName)
        .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200, 500)
        .register(registry)
        .record(keys.size());
    Timer.Sample started = Timer.start(registry);
    return (result, error) -> started.stop(Timer.builder(DURATION)
        .description("Time a DataLoader batch takes to load")
        .tag("loader", loaderName)
        .tag("outcome", error == null ? "SUCCESS" : "ERROR")
        .publishPercentileHistogram()
        .register(registry));
  }
}
