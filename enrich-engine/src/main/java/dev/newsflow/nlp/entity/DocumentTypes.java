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
 * and "in Jordan" then no longer give one name two types. A type the article itself states outweighs the count: when
 * the mentions of a name a cue word typed ("water firm X", "X spokesman", "the city of X") agree, every mention but
 * a listed (known) one takes that type, the cued one included ("X said" three times does not make the firm a
 * person), unless the name is the surname of a person the article names in full. A title does not count as such
 * a cue: honorifics are words of names too ("League One").
 */
final class DocumentTypes {

    private DocumentTypes() {
    }

    static void unify(List<Mention> mentions) {
        Map<String, int[]> votes = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        // each mention's lower-case form, made once rather than once per loop below
        String[] keys = new String[mentions.size()];
        for (int i = 0; i < keys.length; i++) {
            Mention m = mentions.get(i);
            keys[i] = m.text().toLowerCase(Locale.ROOT);
            int space = m.text().lastIndexOf(' ');
            if (m.type() == EntityType.PERSON && space > 0) {
                surnames.add(m.text().substring(space + 1).toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < keys.length; i++) {
            Mention m = mentions.get(i);
            if (m.type() != null) {
                int[] v = votes.computeIfAbsent(keys[i], k -> new int[6]);
                v[m.type().ordinal()]++;
                if (isStated(m)) {
                    v[3 + m.type().ordinal()]++; // votes [3..5]: the mentions a cue word typed
                }
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int[] v = votes.get(keys[i]);
            if (v == null || m.type() == null) {
                continue; // an untyped mention is typed with its entity by the resolver
            }
            int best = m.type().ordinal();
            boolean surname = m.words() == 1 && surnames.contains(keys[i]);
            if (surname) {
                v[EntityType.PERSON.ordinal()] = mentions.size();
            }
            for (int t = 0; t < 3; t++) {
                if (v[t] > v[best]) {
                    best = t;
                }
            }
            EntityType stated = stated(v);
            // a person named in full keeps his surname: "a Vuckley spokesman" speaks for Daniel Vuckley
            EntityType winner = stated != null && m.evidence() != Mention.Evidence.KNOWN && !surname ? stated
                    : EntityType.values()[best];
            if (winner != m.type()) {
                mentions.set(i, m.votedTo(winner));
            }
        }
    }

    private static boolean isStated(Mention m) {
        return m.evidence() == Mention.Evidence.CUE;
    }

    /** The one type the cue-typed mentions of a name agree on, or null. */
    private static EntityType stated(int[] v) {
        EntityType stated = null;
        for (int t = 0; t < 3; t++) {
            if (v[3 + t] > 0) {
                if (stated != null) {
                    return null;
                }
                stated = EntityType.values()[t];
            }
        }
        return stated;
    }

    /**
     * The names of one list (a team line-up, a cast: {@link SentenceShape#LIST}) are of one kind: with three or more,
     * each takes the type most of them have, when one type has more than half ("G Murphy" among "J Hayes",
     * "D O'Callaghan" and "P Stringer" is a player too).
     */
    static void unifyList(List<Mention> mentions) {
        int[] votes = new int[3];
        for (Mention m : mentions) {
            if (m.type() != null) {
                votes[m.type().ordinal()]++;
            }
        }
        for (int t = 0; t < 3; t++) {
            if (mentions.size() >= 3 && votes[t] * 2 > mentions.size()) {
                EntityType winner = EntityType.values()[t];
                for (int i = 0; i < mentions.size(); i++) {
                    Mention m = mentions.get(i);
                    if (m.type() != null && m.type() != winner) {
                        mentions.set(i, m.votedTo(winner));
                    }
                }
            }
        }
    }
}
