package dev.newsflow.examples.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What to follow and when to alert, from {@code --name=value} arguments with environment fallbacks.
 *
 * @param watched   entity ids, names or aliases to watch, matched case-insensitively
 * @param threshold a score at or below this (in [-1, 0)) is "strongly negative"
 */
public record AlertSettings(String bootstrapServers, String groupId, String topic, List<String> watched,
        double threshold, boolean fromBeginning) {

    public static final String USAGE = """
            usage: java -jar entity-alerts.jar --watch="United States,geo:country:US,Tony Blair"
                   [--bootstrap-servers=localhost:19092] [--group=entity-alerts] [--threshold=-0.5]
                   [--topic=news.articles.enriched.v1] [--from-beginning]""";

    public AlertSettings {
        watched = List.copyOf(watched);
        if (watched.isEmpty()) {
            throw new IllegalArgumentException("nothing to watch: give --watch with at least one entity");
        }
        if (!(threshold >= -1 && threshold < 0)) {
            throw new IllegalArgumentException("--threshold must be in [-1, 0), got " + threshold);
        }
        if (bootstrapServers.isBlank() || groupId.isBlank() || topic.isBlank()) {
            throw new IllegalArgumentException("--bootstrap-servers, --group and --topic must not be empty");
        }
    }

    public static AlertSettings parse(String[] args, Map<String, String> env) {
        String servers = env.getOrDefault("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092");
        String group = "entity-alerts";
        String topic = "news.articles.enriched.v1";
        List<String> watched = new ArrayList<>(split(env.getOrDefault("ENTITY_ALERTS_WATCH", "")));
        double threshold = -0.5;
        boolean fromBeginning = false;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--bootstrap-servers" -> servers = value;
                case "--group" -> group = value;
                case "--topic" -> topic = value;
                case "--watch" -> watched.addAll(split(value));
                case "--threshold" -> threshold = number(value);
                case "--from-beginning" -> fromBeginning = true;
                default -> throw new IllegalArgumentException("unknown argument " + name);
            }
        }
        return new AlertSettings(servers, group, topic, watched, threshold, fromBeginning);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--threshold is not a number: " + value);
        }
    }
}
