package dev.newsflow.examples.alerts;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What to follow and when to alert, from {@code --name=value} arguments with environment fallbacks.
 *
 * @param watched   entity ids, names or aliases to watch, matched case-insensitively
 * @param threshold a score at or below this (in [-1, 0)) is "strongly negative"
 * @param client    further Kafka client properties from {@code --command-config=FILE}, as Kafka's own tools take
 *                  them: {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}, {@code ssl.*}
 */
public record AlertSettings(String bootstrapServers, String groupId, String topic, List<String> watched,
        double threshold, boolean fromBeginning, Map<String, String> client) {

    public static final String USAGE = """
            usage: java -jar entity-alerts.jar --watch="United States,geo:country:US,Tony Blair"
                   [--bootstrap-servers=localhost:19092] [--group=entity-alerts] [--threshold=-0.5]
                   [--topic=news.articles.enriched.v1] [--from-beginning] [--command-config=kafka-client.properties]""";

    public AlertSettings {
        watched = List.copyOf(watched);
        client = Map.copyOf(client);
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
        Map<String, String> client = Map.of();
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
                case "--command-config" -> client = load(Path.of(value));
                default -> throw new IllegalArgumentException("unknown argument " + name);
            }
        }
        return new AlertSettings(servers, group, topic, watched, threshold, fromBeginning, client);
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --command-config " + file + ": " + e.getMessage());
        }
        Map<String, String> client = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> client.put(name, properties.getProperty(name)));
        return client;
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
