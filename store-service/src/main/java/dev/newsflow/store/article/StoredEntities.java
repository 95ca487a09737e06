package dev.newsflow.store.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.newsflow.kafka.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * The entity names and surface forms the writer has committed lately, so that a batch asks the database only about
 * entities it has not seen: reading the stored names and forms of every entity of every batch took ~7 % of the
 * store's CPU under load (a profile taken for commit 61a8b02, not in BENCHMARKS.md), mostly for the same frequent
 * entities again and again.
 * <p>
 * Only what a transaction wrote or found is remembered, and only after it committed: a form is never changed or
 * deleted, so a remembered form is stored; a remembered name is one a commit of this store left. With several
 * consumer threads two commits naming an entity differently may be remembered in the other order than they
 * committed; the entity then keeps the other name until a batch names it otherwise: which of two partitions'
 * articles is the later has no answer anyway. Bounded (Caffeine evicts what is least likely to be used again), so memory
 * stays flat whatever the number of entities: 50,000 of each, ~20 MB at most of the store's heap (352 MB by
 * {@code ./newsflow}).
 */
@Component
public class StoredEntities {

    private static final int MAX_ENTRIES = 50_000;

    private final Cache<String, String> names = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    private final Cache<String, Boolean> forms = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    /** The stored name of an entity, or null when unknown here (the database must be asked). */
    String name(String entityId) {
        return names.getIfPresent(entityId);
    }

    boolean hasForm(String entityId, String form) {
        return forms.getIfPresent(EntityRowWriter.formKey(entityId, form)) != null;
    }

    /** Forgets everything, for when rows were deleted by hand: every entity is then read from the database again. */
    void forgetAll() {
        names.invalidateAll();
        forms.invalidateAll();
    }

    /**
     * Remembers every entity and form of {@code rows} once the current transaction commits (at once without one: each
     * statement then committed on its own).
     */
    void rememberAfterCommit(EntityRows rows) {
        AfterCommit.run(() -> {
            rows.entities().forEach(e -> names.put(e.id(), e.name()));
            rows.forms().forEach(f -> forms.put(EntityRowWriter.formKey(f.entityId(), f.form()), Boolean.TRUE));
        });
    }
}
