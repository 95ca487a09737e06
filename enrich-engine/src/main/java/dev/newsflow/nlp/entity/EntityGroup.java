package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.events.EntityType;

import java.util.ArrayList;
import java.util.List;

/** The mentions taken to name one entity while an article is resolved; mutable, confined to one call. */
final class EntityGroup {

    final List<Mention> mentions = new ArrayList<>(4);
    EntityType type;
    Mention.Evidence evidence = Mention.Evidence.GUESS;
    Place place;
    boolean merged;

    void add(Mention mention) {
        mentions.add(mention);
        if (mention.type() != null && (type == null || mention.evidence().compareTo(evidence) > 0)) {
            type = mention.type();
            evidence = mention.evidence();
        }
        if (place == null && mention.place() != null) {
            place = mention.place();
        }
    }

    /** Joins {@code from} into {@code into}; a no-op when either is missing or already joined elsewhere. */
    static void merge(EntityGroup into, EntityGroup from) {
        if (into != null && from != null && into != from && !into.merged && !from.merged) {
            into.absorb(from);
        }
    }

    void absorb(EntityGroup other) {
        for (Mention mention : other.mentions) {
            add(mention);
        }
        other.merged = true;
    }

    /** The mention with the most words (then the longest), preferring prose over all-caps headlines. */
    Mention fullest() {
        Mention best = mentions.get(0);
        for (Mention m : mentions) {
            if (better(m, best)) {
                best = m;
            }
        }
        return best;
    }

    private static boolean better(Mention m, Mention best) {
        if (m.headline() != best.headline()) {
            return !m.headline();
        }
        if (m.words() != best.words()) {
            return m.words() > best.words();
        }
        return m.text().length() > best.text().length();
    }
}
