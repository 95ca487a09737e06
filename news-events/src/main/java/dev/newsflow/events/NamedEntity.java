package dev.newsflow.events;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity an article names, listed once per article.
 *
 * @param name        canonical name: the fullest form the article uses
 * @param aliases     the other forms the article uses (surname, acronym, short name)
 * @param mentions    how many times any form occurs
 * @param firstOffset character offset of the first mention in {@code title + "\n\n" + body}
 * @param salience    importance in the article in [0, 1]
 * @param sentiment   tone of the sentences that mention it; null when not computed
 * @param geo         only for locations the gazetteer knows; null otherwise
 */
public record NamedEntity(
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
}
