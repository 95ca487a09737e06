package dev.newsflow.kafka.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * What a service does when Kafka refuses its credentials: says so in one line and exits with {@value #EXIT_CODE}
 * (EX_CONFIG). Wrong credentials do not heal by retrying, and a process that stays up with its consumers stopped, or
 * publishing nothing, looks healthy to a supervisor; a process that exits is noticed by {@code ./newsflow}, Docker's
 * restart policy or systemd, and its last log line says why.
 */
public final class AuthenticationFailureExit {

    /** EX_CONFIG from sysexits.h: a configuration error. */
    public static final int EXIT_CODE = 78;

    private static final Logger log = LoggerFactory.getLogger(AuthenticationFailureExit.class);

    private final ConfigurableApplicationContext context;
    private final KafkaClientIdentity identity;
    private final IntConsumer exit;
    private final AtomicBoolean failed = new AtomicBoolean();

    /** @param exit ends the process with the given status; {@code System::exit} outside tests */
    public AuthenticationFailureExit(ConfigurableApplicationContext context, KafkaClientIdentity identity,
            IntConsumer exit) {
        this.context = context;
        this.identity = identity;
        this.exit = exit;
    }

    /**
     * Logs the failure, naming what to check for its kind, and stops the service; only the first call of several
     * clients failing at once counts.
     */
    public void fail(String client, String reason, Refusal refusal) {
        if (!failed.compareAndSet(false, true)) {
            return;
        }
        switch (refusal) {
            case AUTHENTICATION -> log.error("Kafka refused this service: the {} was not let in by {} ({}): {}. Check "
                            + "NEWSFLOW_KAFKA_USERNAME and NEWSFLOW_KAFKA_PASSWORD (or "
                            + "spring.kafka.properties.sasl.jaas.config); stopping with exit code {}",
                    client, identity.bootstrapServers(), identity.describe(), reason, EXIT_CODE);
            case AUTHORIZATION -> log.error("Kafka refused this service: the {} was let in by {} ({}), the credentials "
                            + "are right, but it is not authorized to use a topic or consumer group it needs: {}. Grant "
                            + "that user the ACLs for the service's topics and group; stopping with exit code {}",
                    client, identity.bootstrapServers(), identity.describe(), reason, EXIT_CODE);
            case UNKNOWN -> log.error("Kafka refused this service: the {} was refused by {} ({}): {}. Either the "
                            + "credentials are wrong (check NEWSFLOW_KAFKA_USERNAME and NEWSFLOW_KAFKA_PASSWORD) or the "
                            + "user lacks an ACL for the service's topics or group; stopping with exit code {}",
                    client, identity.bootstrapServers(), identity.describe(), reason, EXIT_CODE);
        }
        // not on the calling thread: closing the context waits for the Kafka client threads, one of which may be it.
        // Not a daemon either (it would inherit that from a virtual caller): once the context is closed, no other
        // thread keeps the JVM alive, which would then end with status 0 before System.exit(78) ran
        Thread.ofPlatform().daemon(false).name("kafka-authentication-exit").start(
                () -> exit.accept(SpringApplication.exit(context, () -> EXIT_CODE)));
    }

    public boolean hasFailed() {
        return failed.get();
    }
}
