package dev.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerPropertiesTest {

    private final Map<String, String> props = ServerProperties.of(new BrokerSettings(Path.of("/srv/nf"), 29092, 29093));

    @Test
    void advertisesTheClientPortAndKeepsTheControllerPortInternal() {
        assertThat(props)
                .containsEntry("listeners", "PLAINTEXT://localhost:29092,CONTROLLER://localhost:29093")
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:29092")
                .containsEntry("controller.quorum.bootstrap.servers", "localhost:29093");
    }

    @Test
    void keepsDataUnderTheNewsflowHome() {
        assertThat(props).containsEntry("log.dirs", "/srv/nf/kafka/data");
    }

    @Test
    void requestThreadsFollowTheCoresNotAServersDefaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(Integer.parseInt(props.get("num.io.threads"))).isBetween(2, Math.max(2, Math.min(8, cores)));
        assertThat(Integer.parseInt(props.get("num.network.threads"))).isBetween(1, 3);
    }

    @Test
    void internalTopicsFitOnASingleNode() {
        assertThat(props)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1");
    }
}
