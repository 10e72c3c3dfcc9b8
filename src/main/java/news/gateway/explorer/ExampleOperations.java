package news.gateway.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The example operations in {@code classpath:examples/}, read once at start. */
@Component
@ConditionalOnBooleanProperty("gateway.developer-tools.enabled")
public class ExampleOperations {

  /** GraphiQL opens on the first example: the home page, the query every front end starts with. */
  private static final String FIRST = "home-page";
  private static final String SUFFIX = ".graphql";

  private final List<ExampleOperation> operations;

  public ExampleOperations() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:examples/*" + SUFFIX);
      operations = Arrays.stream(files)
          .map(ExampleOperations::read)
          .sorted(Comparator.comparing((ExampleOperation example) -> !example.name().equals(FIRST))
              .thenComparing(ExampleOperation::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the example operations", e);
    }
  }

  /** The home page first, then the others by name. */
  public List<ExampleOperation> all() {
    return operations;
  }

  private static ExampleOperation read(Resource file) {
    String fileName = file.getFilename();
    try {
      return new ExampleOperation(fileName.substring(0, fileName.length() - SUFFIX.length()),
          file.getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the example operation " + fileName, e);
    }
  }
}
