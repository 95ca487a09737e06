package dev.newsflow.kafka;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Defers counting until the running Kafka transaction commits. A rolled-back batch is redelivered, so counting when
 * the work is done rather than when it is committed would count the same article once per attempt.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs the action once the transaction commits, never if it rolls back; at once outside a transaction. */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
