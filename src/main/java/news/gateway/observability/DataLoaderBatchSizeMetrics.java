package news.gateway.observability;

import com.netflix.graphql.dgs.DgsDataLoaderInstrumentation;
import com.netflix.graphql.dgs.DgsDataLoaderInstrumentationContext;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.dataloader.BatchLoaderEnvironment;
import org.springframework.stereotype.Component;

/**
 * Records how many keys each DataLoader batch carries ({@code gateway.dataloader.batch.size}, tag
 * {@code loader}). Spring for GraphQL times every batch ({@code graphql.dataloader}) but keeps the size as a
 * trace attribute only; the size is what shows whether batching works (a batch of 1 per parent is N+1).
 */
@Component
class DataLoaderBatchSizeMetrics implements DgsDataLoaderInstrumentation {

  static final String METRIC = "gateway.dataloader.batch.size";

  private final MeterRegistry registry;

  DataLoaderBatchSizeMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public DgsDataLoaderInstrumentationContext onDispatch(String loaderName, List<?> keys,
      BatchLoaderEnvironment environment) {
    DistributionSummary.builder(METRIC)
        .description("Keys per DataLoader batch")
        .tag("loader", loaderName)
        .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200, 500)
        .register(registry)
        .record(keys.size());
    return (result, error) -> { };
  }
}
