package news.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Parsed and validated documents by query text, so a page's query is parsed and validated once, not per
 * request (the benchmark measured 12-20 % less gateway CPU per page). Unlike DGS's own cache it keeps only
 * documents that parsed and validated: a refused document goes through the parser and the limits again
 * each time, so it is refused with the same code each time.
 */
@Component
public class ValidDocumentCache implements PreparsedDocumentProvider {

  private final Cache<String, PreparsedDocumentEntry> documents;

  public ValidDocumentCache(@Value("${gateway.document-cache.max-entries:2000}") long maxEntries) {
    this.documents = Caffeine.newBuilder().maximumSize(maxEntries).build();
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    PreparsedDocumentEntry cached = documents.getIfPresent(input.getQuery());
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    if (!entry.hasErrors()) {
      documents.put(input.getQuery(), entry);
    }
    return CompletableFuture.completedFuture(entry);
  }
}
