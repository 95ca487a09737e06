package dev.newsflow.store.db;

import dev.newsflow.store.consume.StoreRetryProperties;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Migrates the schema when the service starts, or, while the database is unreachable, again and again with the
 * store's back-off until it answers; only then are the Kafka listeners started, so nothing is consumed into a
 * database without its tables. Until then the service runs, serves 503 and reports DOWN ({@link MigrationHealth}).
 * Takes Boot's place as the {@link FlywayMigrationStrategy}, which would fail the start-up instead.
 */
@Component
class DatabaseMigration implements FlywayMigrationStrategy, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMigration.class);

    private final KafkaListenerEndpointRegistry listeners;
    private final StoreRetryProperties retry;
    private final boolean startListeners;
    private volatile Flyway flyway;
    private volatile boolean migrated;
    private volatile String lastFailure = "not attempted yet";
    private volatile ScheduledExecutorService retries;
    private volatile boolean running;

    DatabaseMigration(KafkaListenerEndpointRegistry listeners, StoreRetryProperties retry,
            @Value("${spring.kafka.listener.auto-startup:true}") boolean startListeners) {
        this.listeners = listeners;
        this.retry = retry;
        this.startListeners = startListeners;
    }

    /** Called by Boot while the context starts: only remembers what to migrate (see {@link #start()}). */
    @Override
    public void migrate(Flyway flyway) {
        this.flyway = flyway;
    }

    /** The first attempt runs here, before the application is ready, so a reachable database is migrated at once. */
    @Override
    public void start() {
        running = true;
        if (flyway == null || attempt()) {
            return;
        }
        retries = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("db-migration").daemon().factory());
        scheduleAfter(retry.backOff().start());
    }

    /** The next attempt after the back-off's next wait; its waits never run out ({@link StoreRetryProperties}). */
    private void scheduleAfter(BackOffExecution waits) {
        retries.schedule(() -> {
            if (!attempt()) {
                scheduleAfter(waits);
            }
        }, waits.nextBackOff(), TimeUnit.MILLISECONDS);
    }

    private boolean attempt() {
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            lastFailure = e.getMessage();
            log.warn("Database not migrated ({}); consumption waits and migration is retried", e.getMessage());
            return false;
        }
        migrated = true;
        log.info("Database migrated; starting the Kafka listeners");
        if (startListeners) {
            // each container directly: the registry starts only auto-startup containers before the context is refreshed
            listeners.getListenerContainers().forEach(MessageListenerContainer::start);
        }
        return true;
    }

    boolean isMigrated() {
        return flyway == null || migrated;
    }

    String lastFailure() {
        return lastFailure;
    }

    @Override
    public void stop() {
        running = false;
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
