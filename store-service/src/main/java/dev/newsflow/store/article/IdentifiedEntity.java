package dev.newsflow.store.article;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;

/**
 * An entity of an article with its stable id: the one the record carried, or, for records from before ids (or with
 * an invalid one), the id {@link EntityIds#derived} gives its type and name.
 */
public record IdentifiedEntity(String id, NamedEntity entity) {

    public static IdentifiedEntity of(String idOrNull, NamedEntity entity) {
        return new IdentifiedEntity(isValidFor(idOrNull, entity.type()) ? idOrNull
                : EntityIds.derived(entity.type(), entity.name()), entity);
    }

    /** A well-formed id whose prefix is the one of this type ({@code geo:} for a location...). */
    public static boolean isValidFor(String id, EntityType type) {
        String derived = EntityIds.derived(type, "x");
        return EntityIds.isValid(id) && id.startsWith(derived.substring(0, derived.indexOf(':') + 1));
    }
}
