package dev.newsflow.kafka.auth;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.AuthenticationException;
import org.springframework.context.SmartLifecycle;

import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Asks the cluster for its id once at start-up, in the background, with the service's own client settings. A broker
 * that is not reachable yet only delays the answer (the services wait for Kafka); a broker that refuses the
 * credentials ends the service through {@link AuthenticationFailureExit}. The consumers of a service would notice
 * too, but a service that only publishes (ingest) would otherwise find out at its first upload.
 */
public final class KafkaAuthenticationCheck implements SmartLifecycle {

    private final Map<String, Object> adminConfig;
    private final AuthenticationFailureExit failure;
    private volatile boolean running;
    private volatile Thread thread;

    public KafkaAuthenticationCheck(Map<String, Object> adminConfig, AuthenticationFailureExit failure) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.failure = failure;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("kafka-authentication-check").start(this::check);
    }

    @Override
    public void stop() {
        running = false;
        Thread checking = thread;
        if (checking != null) {
            checking.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void check() {
        try (Admin admin = Admin.create(adminConfig)) {
            while (running) {
                try {
                    admin.describeCluster().clusterId().get();
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AuthenticationException refused) {
                        failure.fail("Kafka admin client", firstLine(refused), Refusal.AUTHENTICATION);
                        return;
                    }
                    // not reachable within the admin client's own timeout (it retries meanwhile): ask again, after a
                    // pause, so an error that comes back at once does not spin a core and fill the log
                    Thread.sleep(1_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
