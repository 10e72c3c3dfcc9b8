package news.gateway.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Per-request limits against hostile or runaway queries. Each one refuses the request before any SQL runs,
 * with its own error code; the README lists them with their environment variables.
 *
 * @param maxDepth deepest nesting of fields (introspection fields not counted)
 * @param maxCost largest cost: every field counts 1, and a field with a `first` argument multiplies what is
 *     under it by that page size
 * @param maxAliases most aliased fields in one document
 * @param maxRootFields most fields at the top level of the operation
 * @param maxTokens most grammar tokens the parser reads before giving up
 * @param maxRequestSize largest request body
 * @param requestTimeout longest a query may run; SQL still running then is cancelled
 */
@ConfigurationProperties("gateway.limits")
public record GatewayLimits(
    @DefaultValue("10") int maxDepth,
    @DefaultValue("10000") long maxCost,
    @DefaultValue("50") int maxAliases,
    @DefaultValue("20") int maxRootFields,
    @DefaultValue("15000") int maxTokens,
    @DefaultValue("100KB") DataSize maxRequestSize,
    @DefaultValue("5s") Duration requestTimeout) {}
