package dev.newsflow.cli.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One article of a gold file (the format of the corpus' {@code dev-gold.jsonl}); fields the scorer does not use are
 * ignored.
 *
 * @param sentiment -1, 0 or 1
 */
public record GoldArticle(String id, int sentiment, List<Entity> entities) {

    public GoldArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** A gold entity: canonical name, type, other names, and the other types it may take. */
    public record Entity(String name, String type, List<String> aliases, @JsonProperty("alt_types") List<String> altTypes) {

        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            altTypes = altTypes == null ? List.of() : List.copyOf(altTypes);
        }
    }
}
