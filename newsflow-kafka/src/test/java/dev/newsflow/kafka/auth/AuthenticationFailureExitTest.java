package dev.newsflow.kafka.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.kafka.event.ConsumerStoppedEvent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class AuthenticationFailureExitTest {

    private static final String PASSWORD = "pw-5be01c9d";
    private static final Map<String, Object> CLIENT = Map.of(
            "bootstrap.servers", List.of("broker:9096"),
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"ingest\""
                    + " password=\"" + PASSWORD + "\";");

    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final GenericApplicationContext context = started();
    private final AuthenticationFailureExit failure =
            new AuthenticationFailureExit(context, KafkaClientIdentity.of(CLIENT), exits::add);

    @Test
    void aRefusedConsumerStopsTheServiceWithOneLineNamingTheUserButNotThePassword(CapturedOutput log) {
        ConsumerAuthenticationListener listener = new ConsumerAuthenticationListener(failure, () -> Refusal.AUTHENTICATION);

        listener.onApplicationEvent(new ConsumerStoppedEvent(this, this, ConsumerStoppedEvent.Reason.AUTH));
        listener.onApplicationEvent(new ConsumerStoppedEvent(this, this, ConsumerStoppedEvent.Reason.AUTH));

        await().untilAsserted(() -> assertThat(exits).containsExactly(AuthenticationFailureExit.EXIT_CODE));
        assertThat(context.isActive()).isFalse();
        assertThat(log.getAll().lines().filter(line -> line.contains("Kafka refused this service")))
                .singleElement().asString()
                .contains("broker:9096", "SASL_SSL, SCRAM-SHA-512, user 'ingest'", "NEWSFLOW_KAFKA_PASSWORD",
                        "authentication failed")
                .doesNotContain(PASSWORD);
        assertThat(log.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void aConsumerLetInButRefusedByAnAclStopsTheServiceSayingSoNotBlamingThePassword(CapturedOutput log) {
        ConsumerAuthenticationListener listener = new ConsumerAuthenticationListener(failure, () -> Refusal.AUTHORIZATION);

        listener.onApplicationEvent(new ConsumerStoppedEvent(this, this, ConsumerStoppedEvent.Reason.AUTH));

        await().untilAsserted(() -> assertThat(exits).containsExactly(AuthenticationFailureExit.EXIT_CODE));
        assertThat(log.getAll().lines().filter(line -> line.contains("Kafka refused this service")))
                .singleElement().asString()
                .contains("user 'ingest'", "credentials are right", "not authorized", "ACLs", "authorization failed")
                .doesNotContain("PASSWORD", "authentication");
    }

    @Test
    void aRefusalThatCannotBeToldApartNamesBothCauses(CapturedOutput log) {
        ConsumerAuthenticationListener listener = new ConsumerAuthenticationListener(failure, () -> Refusal.UNKNOWN);

        listener.onApplicationEvent(new ConsumerStoppedEvent(this, this, ConsumerStoppedEvent.Reason.AUTH));

        await().untilAsserted(() -> assertThat(exits).containsExactly(AuthenticationFailureExit.EXIT_CODE));
        assertThat(log.getAll().lines().filter(line -> line.contains("Kafka refused this service")))
                .singleElement().asString().contains("NEWSFLOW_KAFKA_PASSWORD", "ACL");
    }

    @Test
    void aBrokerThatDoesNotAnswerTheCheckLeavesTheKindUnknown() {
        // nothing listens on port 1: the probe gives up after its timeout instead of guessing
        KafkaLoginProbe probe = new KafkaLoginProbe(Map.of("bootstrap.servers", "127.0.0.1:1"), Duration.ofMillis(500));

        assertThat(probe.get()).isEqualTo(Refusal.UNKNOWN);
    }

    @Test
    void aConsumerStoppedForAnyOtherReasonLeavesTheServiceRunning() {
        ConsumerAuthenticationListener listener = new ConsumerAuthenticationListener(failure, () -> {
            throw new AssertionError("no refusal to look into");
        });

        listener.onApplicationEvent(new ConsumerStoppedEvent(this, this, ConsumerStoppedEvent.Reason.NORMAL));
        listener.onApplicationEvent(new ConsumerStoppedEvent(this, this, ConsumerStoppedEvent.Reason.FENCED));

        assertThat(failure.hasFailed()).isFalse();
        assertThat(context.isActive()).isTrue();
    }

    @Test
    void aPlaintextClientIsDescribedWithoutSasl() {
        assertThat(KafkaClientIdentity.of(Map.of("bootstrap.servers", "localhost:19092")).describe())
                .isEqualTo("PLAINTEXT, no SASL");
    }

    private static GenericApplicationContext started() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        return context;
    }
}
