package dev.newsflow.examples.alerts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertSettingsTest {

    @Test
    void argumentsOverrideTheDefaultsAndTheEnvironment() {
        AlertSettings settings = AlertSettings.parse(
                new String[] {"--watch=United States, geo:country:GB", "--threshold=-0.7", "--from-beginning",
                        "--group=desk-alerts"},
                Map.of("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));

        assertThat(settings.watched()).containsExactly("United States", "geo:country:GB");
        assertThat(settings.threshold()).isEqualTo(-0.7);
        assertThat(settings.fromBeginning()).isTrue();
        assertThat(settings.groupId()).isEqualTo("desk-alerts");
        assertThat(settings.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(settings.topic()).isEqualTo("news.articles.enriched.v1");
    }

    @Test
    void aCommandConfigFileGivesTheConsumerItsKafkaLogin(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), """
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
                  username="alerts" password="pw";
                """);

        AlertSettings settings = AlertSettings.parse(new String[] {"--watch=X", "--command-config=" + file}, Map.of());

        assertThat(settings.client()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .hasEntrySatisfying("sasl.jaas.config", jaas -> assertThat(jaas).contains("username=\"alerts\""));
        assertThatThrownBy(() -> AlertSettings.parse(new String[] {"--watch=X", "--command-config=" + dir.resolve("none")},
                Map.of())).hasMessageContaining("cannot read --command-config");
    }

    @Test
    void nothingToWatchIsAClearError() {
        assertThatThrownBy(() -> AlertSettings.parse(new String[0], Map.of()))
                .hasMessageContaining("nothing to watch");
    }

    @Test
    void aThresholdOutsideTheNegativeRangeIsRefused() {
        assertThatThrownBy(() -> AlertSettings.parse(new String[] {"--watch=X", "--threshold=0.3"}, Map.of()))
                .hasMessageContaining("--threshold must be in [-1, 0)");
        assertThatThrownBy(() -> AlertSettings.parse(new String[] {"--watch=X", "--threshold=low"}, Map.of()))
                .hasMessageContaining("not a number");
    }

    @Test
    void anUnknownArgumentIsRefused() {
        assertThatThrownBy(() -> AlertSettings.parse(new String[] {"--watch=X", "--colour"}, Map.of()))
                .hasMessageContaining("unknown argument --colour");
    }
}
