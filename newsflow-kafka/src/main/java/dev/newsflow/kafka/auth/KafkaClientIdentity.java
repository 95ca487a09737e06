package dev.newsflow.kafka.auth;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.types.Password;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who a service says it is to Kafka, for failure messages: the protocol, mechanism and user name of the client
 * configuration, never its password.
 */
public record KafkaClientIdentity(String bootstrapServers, String protocol, String mechanism, String username) {

    private static final Pattern USERNAME = Pattern.compile("username\\s*=\\s*\"([^\"]*)\"");

    public static KafkaClientIdentity of(Map<String, Object> config) {
        Matcher user = USERNAME.matcher(text(config.get(SaslConfigs.SASL_JAAS_CONFIG)));
        String protocol = text(config.get(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG));
        return new KafkaClientIdentity(text(config.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)),
                protocol.isEmpty() ? "PLAINTEXT" : protocol, text(config.get(SaslConfigs.SASL_MECHANISM)),
                user.find() ? user.group(1) : "");
    }

    /** e.g. {@code SASL_SSL, SCRAM-SHA-512, user 'newsflow'}. */
    public String describe() {
        if (!protocol.startsWith("SASL")) {
            return protocol + ", no SASL";
        }
        return protocol + ", " + mechanism + ", user '" + username + "'";
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            // the JAAS text is read for the user name only; the password in it goes nowhere
            case Password password -> password.value();
            case Collection<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(","));
            default -> value.toString();
        };
    }
}
