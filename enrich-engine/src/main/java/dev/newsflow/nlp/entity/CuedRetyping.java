package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.function.Function;

/**
 * The walk of {@link CuedOrganizations} over a sentence after the tagger: each of the sentence's mentions, and each of
 * its mentions waiting for the article's confirmation, that a cue types is given the cue's type and evidence; a
 * waiting one joins the sentence's mentions, in text order.
 */
final class CuedRetyping {

    private CuedRetyping() {
    }

    /**
     * Applies {@code cue} (the evidence with which a mention is of {@code type}, or null) to {@code mentions[from..]}
     * and to the waiting {@code unconfirmed} mentions of {@code sentence}.
     */
    static void apply(EntityType type, int sentence, List<Mention> mentions, int from, List<Mention> unconfirmed,
            Function<Mention, Mention.Evidence> cue) {
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention.Evidence evidence = cue.apply(m);
            if (evidence != null) {
                mentions.set(i, m.withType(type, evidence));
            }
        }
        // the tagger adds a sentence's waiting mentions at the end of the list
        for (int u = unconfirmed.size() - 1; u >= 0 && unconfirmed.get(u).sentence() == sentence; u--) {
            Mention m = unconfirmed.get(u);
            Mention.Evidence evidence = cue.apply(m);
            if (evidence != null) {
                unconfirmed.remove(u);
                int at = mentions.size();
                while (at > from && mentions.get(at - 1).start() > m.start()) {
                    at--;
                }
                mentions.add(at, m.withType(type, evidence));
            }
        }
    }
}
