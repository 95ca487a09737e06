package dev.newsflow.system.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsflow.events.EventJson;
import tools.jackson.databind.JsonNode;

/** The Prometheus metric names that users see: in the Grafana dashboards' queries and in docs/monitoring.md. */
final class UsedMetricNames {

    /** Metric families the services export; label names and PromQL functions never start like this. */
    private static final Pattern METRIC = Pattern.compile("\\b(?:newsflow|jvm|kafka|http|process|system)_[a-z0-9_]+\\b");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");

    private UsedMetricNames() {
    }

    /** Every metric named in an {@code expr} of any panel of the dashboard. */
    static Set<String> inDashboard(Path dashboard) {
        JsonNode root = new EventJson().mapper().readTree(read(dashboard));
        Set<String> names = new TreeSet<>();
        root.findValues("expr").forEach(expr -> names.addAll(metricsIn(expr.asString())));
        return names;
    }

    /** Every {@code newsflow_*} name of the monitoring page's table of series that exist from start-up. */
    static Set<String> fromStartUp(Path monitoring) {
        String text = read(monitoring);
        int start = text.indexOf("<!-- metrics:from-start-up -->");
        int end = text.indexOf("<!-- /metrics:from-start-up -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException(monitoring + " has no <!-- metrics:from-start-up --> table");
        }
        return newsflowNames(text.substring(start, end));
    }

    /** Every {@code newsflow_*} name anywhere on the monitoring page. */
    static Set<String> documented(Path monitoring) {
        return newsflowNames(read(monitoring));
    }

    /** A name without the suffix Prometheus gives a sample of a counter, timer or histogram. */
    static String family(String name) {
        return name.replaceFirst("_(total|count|sum|max|bucket|created)$", "");
    }

    private static Set<String> newsflowNames(String text) {
        Set<String> names = new TreeSet<>();
        for (String name : metricsIn(text)) {
            if (name.startsWith("newsflow_")) {
                names.add(name);
            }
        }
        return names;
    }

    static Set<String> metricsIn(String text) {
        Set<String> names = new TreeSet<>();
        // label values such as topic="news.articles.raw.v1-dlt" are not metric names
        Matcher matcher = METRIC.matcher(LABEL_MATCHERS.matcher(text).replaceAll("{}"));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
