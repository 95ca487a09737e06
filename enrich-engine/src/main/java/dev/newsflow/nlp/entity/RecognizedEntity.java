package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.Geo;

import java.util.List;

/**
 * An entity of one article with everything {@code NamedEntity} needs except its sentiment.
 *
 * @param id        the entity's stable id across articles ({@code EntityIds})
 * @param canonicalName the knowledge's name when the knowledge knows the entity; null otherwise
 * @param sentences indexes of the sentences that mention it, ascending (for per-entity tone)
 * @param geo       for places the gazetteer knows; null otherwise
 */
public record RecognizedEntity(String id, String name, String canonicalName, EntityType type, List<String> aliases, int mentions,
        int firstOffset, double salience, Geo geo, int[] sentences) {

    public RecognizedEntity {
        aliases = List.copyOf(aliases);
    }
}
