package dev.newsflow.events;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity an article names, listed once per article.
 *
 * @param id          stable id of the real-world entity, the same in every article ({@link EntityIds}); null in
 *                    records from before ids existed (derive it with {@link EntityIds#derived})
 * @param name        canonical name: for an entity the engine's knowledge knows, the knowledge's name ("United
 *                    States" for "U.S."); otherwise the fullest form the article uses
 * @param aliases     the other forms the article uses (surname, acronym, short name)
 * @param mentions    how many times any form occurs
 * @param firstOffset character offset of the first mention in {@code title + "\n\n" + body}
 * @param salience    importance in the article in [0, 1]
 * @param sentiment   tone of the sentences that mention it; null when not computed
 * @param geo         only for locations the gazetteer knows; null otherwise
 */
public record NamedEntity(
        String id,
        String name,
        EntityType type,
        List<String> aliases,
        int mentions,
        int firstOffset,
        double salience,
        EntitySentiment sentiment,
        Geo geo) {

    public NamedEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** An entity without an id, as records from before ids existed carry. */
    public NamedEntity(String name, EntityType type, List<String> aliases, int mentions, int firstOffset,
            double salience, EntitySentiment sentiment, Geo geo) {
        this(null, name, type, aliases, mentions, firstOffset, salience, sentiment, geo);
    }

    /** This entity with {@code newId} as its id. */
    public NamedEntity withId(String newId) {
        return new NamedEntity(newId, name, type, aliases, mentions, firstOffset, salience, sentiment, geo);
    }
}
