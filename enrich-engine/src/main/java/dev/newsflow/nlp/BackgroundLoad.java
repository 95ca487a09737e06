package dev.newsflow.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Data the engine loads side by side at start-up, each part on a thread of its own, so that a one-article command
 * line run waits for the slowest part instead of their sum. Platform threads: virtual ones deadlocked in Spring Boot's
 * nested-jar class loader (both carriers pinned waiting for its lock).
 */
public final class BackgroundLoad<T> {

    private final CompletableFuture<T> part;

    private BackgroundLoad(CompletableFuture<T> part) {
        this.part = part;
    }

    /** Starts loading {@code part} on a daemon thread named {@code name}. */
    public static <T> BackgroundLoad<T> start(String name, Supplier<T> part) {
        return new BackgroundLoad<>(CompletableFuture.supplyAsync(part,
                task -> Thread.ofPlatform().name(name).daemon().start(task)));
    }

    /** Waits for the part; what its loading threw is thrown here as it was. */
    public T join() {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
