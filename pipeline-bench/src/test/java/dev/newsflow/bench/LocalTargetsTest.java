package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalTargetsTest {

    @Test
    void acceptsThisMachine() {
        assertThatCode(() -> LocalTargets.requireLoopback(
                List.of(URI.create("http://localhost:8083"), URI.create("http://127.0.0.1:8081"), URI.create("http://[::1]:8082")),
                "localhost:19092,127.0.0.1:19093")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnotherMachinesApi() {
        assertThatThrownBy(() -> LocalTargets.requireLoopback(List.of(URI.create("http://10.1.2.3:8083")), "localhost:19092"))
                .hasMessageContaining("not a loopback target: http://10.1.2.3:8083");
    }

    @Test
    void refusesAnotherMachinesBroker() {
        assertThatThrownBy(() -> LocalTargets.requireLoopback(List.of(), "localhost:19092,192.168.7.7:9092"))
                .hasMessageContaining("192.168.7.7:9092");
    }
}
