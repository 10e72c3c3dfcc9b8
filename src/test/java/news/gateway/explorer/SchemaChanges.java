package news.gateway.explorer;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import java.util.List;

/**
 * How a schema changed for its clients, as graphql-java's {@link SchemaDiff} classifies it: breaking (a query
 * that worked may now fail: a field, type or enum value removed, a type changed, an argument made required)
 * or dangerous (still valid, but a client may behave differently: e.g. a new enum value).
 */
record SchemaChanges(List<String> breaking, List<String> dangerous) {

  static SchemaChanges between(String oldSdl, String newSdl) {
    CapturingReporter reporter = new CapturingReporter();
    new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(oldSdl, newSdl), reporter);
    return new SchemaChanges(describe(reporter.getBreakages()), describe(reporter.getDangers()));
  }

  private static List<String> describe(List<DiffEvent> events) {
    return events.stream()
        .map(event -> event.getCategory() + " " + event.getTypeName()
            + (event.getFieldName() == null ? "" : "." + event.getFieldName()) + ": " + event.getReasonMsg())
        .toList();
  }
}
