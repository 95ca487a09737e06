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

/** The Prometheus metric names that users see: in the Grafana dashboards' queries and in the README's list. */
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

    /** Every {@code newsflow_*} name between the README's monitoring section markers. */
    static Set<String> inReadmeMonitoringSection(Path readme) {
        String text = read(readme);
        int start = text.indexOf("<!-- section:monitoring -->");
        int end = text.indexOf("<!-- /section:monitoring -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException(readme + " has no monitoring section");
        }
        Set<String> names = new TreeSet<>();
        for (String name : metricsIn(text.substring(start, end))) {
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
