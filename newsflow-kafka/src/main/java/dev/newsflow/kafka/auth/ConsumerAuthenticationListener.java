package dev.newsflow.kafka.auth;

import org.springframework.context.ApplicationListener;
import org.springframework.kafka.event.ConsumerStoppedEvent;

/**
 * A listener container whose consumer was refused stops for good (Spring Kafka retries authentication only when
 * {@code authExceptionRetryInterval} is set, and newsflow does not set it); the service would then run on without
 * consuming. It stops instead, with the reason.
 */
public final class ConsumerAuthenticationListener implements ApplicationListener<ConsumerStoppedEvent> {

    private final AuthenticationFailureExit failure;

    public ConsumerAuthenticationListener(AuthenticationFailureExit failure) {
        this.failure = failure;
    }

    @Override
    public void onApplicationEvent(ConsumerStoppedEvent event) {
        if (event.getReason() == ConsumerStoppedEvent.Reason.AUTH) {
            failure.fail("Kafka consumer", "authentication or authorization failed, see the Kafka client's error above");
        }
    }
}
