package dev.newsflow.kafka.auth;

import org.springframework.context.ApplicationListener;
import org.springframework.kafka.event.ConsumerStoppedEvent;

import java.util.function.Supplier;

/**
 * A listener container whose consumer was refused stops for good (Spring Kafka retries authentication only when
 * {@code authExceptionRetryInterval} is set, and newsflow does not set it); the service would then run on without
 * consuming. It stops instead, with the reason.
 */
public final class ConsumerAuthenticationListener implements ApplicationListener<ConsumerStoppedEvent> {

    private final AuthenticationFailureExit failure;
    private final Supplier<Refusal> diagnosis;

    /** @param diagnosis finds out which kind of refusal stopped the consumer (the stop event says only "auth") */
    public ConsumerAuthenticationListener(AuthenticationFailureExit failure, Supplier<Refusal> diagnosis) {
        this.failure = failure;
        this.diagnosis = diagnosis;
    }

    @Override
    public void onApplicationEvent(ConsumerStoppedEvent event) {
        if (event.getReason() == ConsumerStoppedEvent.Reason.AUTH && !failure.hasFailed()) {
            Refusal refusal = diagnosis.get();
            failure.fail("Kafka consumer", switch (refusal) {
                case AUTHENTICATION -> "authentication failed, see the Kafka client's error above";
                case AUTHORIZATION -> "authorization failed, see the Kafka client's error above";
                case UNKNOWN -> "authentication or authorization failed, see the Kafka client's error above";
            }, refusal);
        }
    }
}
