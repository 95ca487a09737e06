package dev.newsflow.examples.alerts;

import java.util.Map;

import org.junit.jupiter.api.Test;

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
