package dev.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    @Test
    void defaultsToPort19092AndTheVarFolder() {
        BrokerSettings settings = BrokerSettings.fromEnvironment(Map.of());

        assertThat(settings.bootstrapServers()).isEqualTo("localhost:19092");
        assertThat(settings.controllerPort()).isEqualTo(19093);
        assertThat(settings.logDir()).isEqualTo(Path.of("var/kafka/data").toAbsolutePath());
    }

    @Test
    void controllerPortFollowsAnOverriddenClientPort() {
        BrokerSettings settings = BrokerSettings.fromEnvironment(
                Map.of("NEWSFLOW_KAFKA_PORT", "29092", "NEWSFLOW_HOME", "/tmp/nf-home"));

        assertThat(settings.port()).isEqualTo(29092);
        assertThat(settings.controllerPort()).isEqualTo(29093);
        assertThat(settings.kafkaDir()).isEqualTo(Path.of("/tmp/nf-home/kafka"));
    }

    @Test
    void rejectsAPortThatIsNotANumberByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerSettings.fromEnvironment(Map.of("NEWSFLOW_KAFKA_PORT", "kafka")))
                .withMessageContaining("NEWSFLOW_KAFKA_PORT");
    }

    @Test
    void rejectsTheSamePortForClientsAndController() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerSettings.fromEnvironment(
                        Map.of("NEWSFLOW_KAFKA_PORT", "20000", "NEWSFLOW_KAFKA_CONTROLLER_PORT", "20000")));
    }
}
