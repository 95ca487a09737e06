package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The document-level pass after the tagger: every mention of one name in an article gets the type most of its
 * mentions have (on a tie a mention keeps its own). The tagger reads one sentence at a time; "Jordan said"
 * and "in Jordan" then no longer give one name two types.
 */
final class DocumentTypes {

    private DocumentTypes() {
    }

    static void unify(List<Mention> mentions) {
        Map<String, int[]> votes = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            if (m.type() == EntityType.PERSON && space > 0) {
                surnames.add(m.text().substring(space + 1).toLowerCase(Locale.ROOT));
            }
        }
        for (Mention m : mentions) {
            if (m.type() != null) {
                int[] v = votes.computeIfAbsent(m.text().toLowerCase(Locale.ROOT), k -> new int[3]);
                v[m.type().ordinal()]++;
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int[] v = votes.get(m.text().toLowerCase(Locale.ROOT));
            if (v == null || m.type() == null) {
                continue; // an untyped mention is typed with its entity by the resolver
            }
            int best = m.type().ordinal();
            if (m.words() == 1 && surnames.contains(m.text().toLowerCase(Locale.ROOT))) {
                v[EntityType.PERSON.ordinal()] = mentions.size();
            }
            for (int t = 0; t < 3; t++) {
                if (v[t] > v[best]) {
                    best = t;
                }
            }
            EntityType winner = EntityType.values()[best];
            if (winner != m.type()) {
                mentions.set(i, new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(), winner,
                        Mention.Evidence.NAME, winner == EntityType.LOCATION ? m.place() : null,
                        winner == EntityType.ORGANIZATION ? m.organization() : null, m.abbreviates(), m.headline()));
            }
        }
    }
}
