package dev.newsflow.bench.observe;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a service's {@code /actuator/prometheus} text. Parsed by hand because only sums of series and
 * histogram buckets are needed, which a full Prometheus client library would not make simpler.
 */
public record PrometheusScrape(Map<String, Double> samples) {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    public static final PrometheusScrape EMPTY = new PrometheusScrape(Map.of());

    public static PrometheusScrape parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (line.isBlank() || line.startsWith("#") || space < 0) {
                continue;
            }
            try {
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            } catch (NumberFormatException ignored) {
                // a value Prometheus text allows but we do not use
            }
        }
        return new PrometheusScrape(Map.copyOf(samples));
    }

    /** The sum over every series of a metric name (all label combinations). */
    public double sum(String name) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .mapToDouble(Map.Entry::getValue)
                .filter(Double::isFinite)
                .sum();
    }

    /** Cumulative bucket counts of a histogram by upper bound, summed over its other labels. */
    public NavigableMap<Double, Double> buckets(String histogram) {
        NavigableMap<Double, Double> buckets = new TreeMap<>();
        samples.forEach((series, value) -> {
            if (series.startsWith(histogram + "_bucket{")) {
                Matcher le = LE.matcher(series);
                if (le.find()) {
                    double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                    buckets.merge(bound, value, Double::sum);
                }
            }
        });
        return buckets;
    }

    public boolean isEmpty() {
        return samples.isEmpty();
    }
}
