package dev.newsflow.kafka;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Defers an action until the running transaction (Kafka's or the database's) commits. A rolled-back batch is
 * redelivered, so counting or remembering when the work is done rather than when it is committed would count the
 * same article once per attempt, or remember rows that were never stored.
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
