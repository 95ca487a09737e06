package dev.newsflow.localkafka;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the broker keeps its data and which ports it listens on.
 *
 * @param home           the newsflow state folder; the broker owns {@code <home>/kafka}
 * @param port           the client (PLAINTEXT) port services connect to
 * @param controllerPort the KRaft controller port
 * @param scram          the SCRAM user clients must log in as; empty for a PLAINTEXT client port
 */
public record BrokerSettings(Path home, int port, int controllerPort, Optional<Scram> scram) {

    public static final int DEFAULT_PORT = 19092;

    public BrokerSettings(Path home, int port, int controllerPort) {
        this(home, port, controllerPort, Optional.empty());
    }

    public BrokerSettings {
        home = home.toAbsolutePath().normalize();
        requirePort("port", port);
        requirePort("controller port", controllerPort);
        if (port == controllerPort) {
            throw new IllegalArgumentException("the client and controller ports must differ, both are " + port);
        }
    }

    /**
     * Reads {@code NEWSFLOW_HOME} (default {@code ./var}), {@code NEWSFLOW_KAFKA_PORT} (default 19092) and
     * {@code NEWSFLOW_KAFKA_CONTROLLER_PORT} (default: the client port + 1), the names the run script and
     * the system tests use; with {@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT} also the SCRAM user
     * ({@link Scram#fromEnvironment}).
     */
    public static BrokerSettings fromEnvironment(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("NEWSFLOW_HOME", "./var"));
        int port = parsePort(env, "NEWSFLOW_KAFKA_PORT", DEFAULT_PORT);
        int controllerPort = parsePort(env, "NEWSFLOW_KAFKA_CONTROLLER_PORT", port + 1);
        return new BrokerSettings(home, port, controllerPort, Scram.fromEnvironment(env));
    }

    public Path kafkaDir() {
        return home.resolve("kafka");
    }

    public Path logDir() {
        return kafkaDir().resolve("data");
    }

    public Path propertiesFile() {
        return kafkaDir().resolve("server.properties");
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public String controllerAddress() {
        return "localhost:" + controllerPort;
    }

    /** The protocol of the client port, which is also its listener's name. */
    public String protocol() {
        return scram.isPresent() ? "SASL_PLAINTEXT" : "PLAINTEXT";
    }

    private static int parsePort(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static void requirePort(String what, int value) {
        if (value < 1 || value > 65535) {
            throw new IllegalArgumentException("the " + what + " must be in 1..65535, not " + value);
        }
    }
}
