package dev.newsflow.system.harness;

/** One value from a service's Prometheus scrape, as a monitoring system reads it. */
public final class MetricValue {

    private MetricValue() {
    }

    /** The sum of every sample of {@code name} whose labels contain {@code label} (e.g. {@code outcome="enriched"}). */
    public static double sum(String serviceUrl, String name, String label) {
        return Http.body(serviceUrl + "/actuator/prometheus").lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
