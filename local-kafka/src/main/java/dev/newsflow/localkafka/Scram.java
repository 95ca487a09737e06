package dev.newsflow.localkafka;

import java.util.Map;
import java.util.Optional;

/**
 * The one SCRAM user of a broker started with {@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT}: the services
 * log in as it, and so does the broker itself on its inter-broker listener (transaction markers go through it).
 *
 * @param mechanism SCRAM-SHA-256 or SCRAM-SHA-512
 */
public record Scram(String mechanism, String username, String password) {

    public Scram {
        if (!mechanism.equals("SCRAM-SHA-256") && !mechanism.equals("SCRAM-SHA-512")) {
            throw new IllegalArgumentException("NEWSFLOW_KAFKA_SASL_MECHANISM must be SCRAM-SHA-256 or SCRAM-SHA-512, not '"
                    + mechanism + "'");
        }
        if (username.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException(
                    "SASL_PLAINTEXT needs a user: set NEWSFLOW_KAFKA_USERNAME and NEWSFLOW_KAFKA_PASSWORD");
        }
        // both go into a JAAS line between double quotes
        if ((username + password).matches(".*[\"\\\\\\s].*")) {
            throw new IllegalArgumentException(
                    "NEWSFLOW_KAFKA_USERNAME and NEWSFLOW_KAFKA_PASSWORD must not contain quotes, backslashes or spaces");
        }
    }

    /** Empty unless {@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL} is {@code SASL_PLAINTEXT}. */
    static Optional<Scram> fromEnvironment(Map<String, String> env) {
        String protocol = env.getOrDefault("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").trim();
        return switch (protocol) {
            case "", "PLAINTEXT" -> Optional.empty();
            case "SASL_PLAINTEXT" -> Optional.of(new Scram(
                    env.getOrDefault("NEWSFLOW_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512").trim(),
                    env.getOrDefault("NEWSFLOW_KAFKA_USERNAME", "").trim(), env.getOrDefault("NEWSFLOW_KAFKA_PASSWORD", "")));
            default -> throw new IllegalArgumentException(
                    "local-kafka serves PLAINTEXT or SASL_PLAINTEXT, not NEWSFLOW_KAFKA_SECURITY_PROTOCOL=" + protocol);
        };
    }

    /** The login of a client, or of the broker on its own listener; a Kafka password, so logged as [hidden]. */
    String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /** Never the password: settings end up in logs and failure messages. */
    @Override
    public String toString() {
        return mechanism + ", user '" + username + "'";
    }
}
