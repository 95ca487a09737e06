package dev.newsflow.store.article;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.NamedEntity;

import java.util.Locale;

/**
 * An entity of an article with its stable id: the one the record carried, or, for records from before ids (or with
 * an invalid one, or one of another type), the id {@link EntityIds#derived} gives its type and name
 * ({@link EntityIds#validOrDerived}, the rule enrich applies too).
 */
public record IdentifiedEntity(String id, NamedEntity entity) {

    public static IdentifiedEntity of(String idOrNull, NamedEntity entity) {
        return new IdentifiedEntity(EntityIds.validOrDerived(idOrNull, entity.type(), entity.name()), entity);
    }

    /** The case-insensitive lookup key of a name or surface form, as {@code entity_form.form_key} holds it. */
    public static String formKey(String form) {
        return form.strip().toLowerCase(Locale.ROOT);
    }
}
