package dev.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScramTest {

    private static final Map<String, String> SCRAM = Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
            "NEWSFLOW_KAFKA_USERNAME", "newsflow", "NEWSFLOW_KAFKA_PASSWORD", "s3cret-7f1a");

    @Test
    void theClientPortNeedsTheScramUserWhenTheServicesUseSaslPlaintext() {
        BrokerSettings settings = new BrokerSettings(Path.of("/srv/nf"), 29092, 29093, Scram.fromEnvironment(SCRAM));
        Map<String, String> props = ServerProperties.of(settings);

        assertThat(props)
                .containsEntry("listeners", "SASL_PLAINTEXT://localhost:29092,CONTROLLER://localhost:29093")
                .containsEntry("advertised.listeners", "SASL_PLAINTEXT://localhost:29092")
                .containsEntry("inter.broker.listener.name", "SASL_PLAINTEXT")
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
        assertThat(props.values()).noneMatch(value -> value.contains("s3cret-7f1a"));
        assertThat(ServerProperties.secrets(settings))
                .containsOnlyKeys("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config");
        assertThat(settings.scram().orElseThrow().toString()).doesNotContain("s3cret-7f1a");
    }

    @Test
    void plaintextByDefault() {
        BrokerSettings settings = BrokerSettings.fromEnvironment(Map.of());

        assertThat(settings.scram()).isEmpty();
        assertThat(ServerProperties.secrets(settings)).isEmpty();
    }

    @Test
    void saslWithoutAPasswordIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Scram.fromEnvironment(Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")))
                .withMessageContaining("NEWSFLOW_KAFKA_PASSWORD");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Scram.fromEnvironment(Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")))
                .withMessageContaining("SASL_SSL");
    }
}
