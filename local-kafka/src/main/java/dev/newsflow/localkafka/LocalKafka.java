package dev.newsflow.localkafka;

import java.util.ArrayList;
import java.util.List;

import kafka.Kafka;

/**
 * Runs a real single-node Apache Kafka broker (KRaft, broker and controller in one process) from the
 * Maven Central jars, so newsflow runs locally and in system tests without Docker or a Kafka download.
 * Settings come from environment variables, see {@link BrokerSettings#fromEnvironment}.
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) {
        BrokerSettings settings;
        try {
            settings = BrokerSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("local-kafka: " + e.getMessage());
            System.exit(2);
            return;
        }
        ServerProperties.write(settings);
        if (Storage.formatOnce(settings)) {
            System.out.println("local-kafka: formatted " + settings.logDir());
        }
        System.out.println("local-kafka: starting broker on " + settings.bootstrapServers() + ", " + settings.protocol()
                + " (controller port " + settings.controllerPort() + ", data in " + settings.logDir() + ")");
        Readiness.announceWhenReady(settings);
        List<String> arguments = new ArrayList<>(List.of(settings.propertiesFile().toString()));
        ServerProperties.secrets(settings).forEach((name, value) -> arguments.addAll(List.of("--override", name + "=" + value)));
        // blocks until the broker shuts down; Kafka installs its own SIGTERM hook for a clean stop
        Kafka.main(arguments.toArray(String[]::new));
    }
}
