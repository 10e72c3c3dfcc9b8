package news.gateway.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /actuator/prometheus}: every sample with its labels. */
public final class PrometheusScrape {

  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples = new ArrayList<>();

  public PrometheusScrape(String exposition) {
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int valueStart = line.lastIndexOf(' ');
      String series = line.substring(0, valueStart);
      int labelsStart = series.indexOf('{');
      Map<String, String> labels = new LinkedHashMap<>();
      if (labelsStart >= 0) {
        Matcher label = LABEL.matcher(series.substring(labelsStart));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(labelsStart >= 0 ? series.substring(0, labelsStart) : series, labels,
          Double.parseDouble(line.substring(valueStart + 1))));
    }
  }

  /** The sum over every series of {@code name} that has all of {@code labels}; 0 when there is none. */
  public double value(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(sample -> sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Sample::value)
        .sum();
  }
}
