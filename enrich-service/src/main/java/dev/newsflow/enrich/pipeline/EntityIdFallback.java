package dev.newsflow.enrich.pipeline;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.NamedEntity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every entity enrich publishes carries an id of the contract's scheme: one the analyzer gave without an id, with a
 * string outside the scheme or with an id of another type, gets the id derived from its type and name
 * ({@link EntityIds#validOrDerived}), the same id a consumer derives for records from before ids existed.
 */
final class EntityIdFallback {

    private EntityIdFallback() {
    }

    static List<NamedEntity> withIds(List<NamedEntity> entities) {
        List<NamedEntity> result = null;
        for (int i = 0; i < entities.size(); i++) {
            NamedEntity entity = entities.get(i);
            String id = EntityIds.validOrDerived(entity.id(), entity.type(), entity.name());
            if (!id.equals(entity.id())) {
                result = result != null ? result : new ArrayList<>(entities);
                result.set(i, entity.withId(id));
            }
        }
        return result != null ? result : entities;
    }
}
