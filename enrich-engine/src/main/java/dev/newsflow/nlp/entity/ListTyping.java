package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names listed together ("Dennis Bergkamp, Kanu, everybody"; "Franz Ferdinand, Travis and Snow Patrol")
 * are almost always of one kind, so an untyped name in a list takes the type (person or organisation) its
 * listed neighbours agree on. Only names nothing else has typed change; a list whose typed members disagree
 * decides nothing.
 */
final class ListTyping {

    private final EntityLexicon lexicon;

    ListTyping(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param mentions in text order */
    void apply(String text, List<Mention> mentions, List<EntityGroup> groups) {
        Map<Mention, EntityGroup> groupOf = new IdentityHashMap<>();
        for (EntityGroup group : groups) {
            for (Mention m : group.mentions) {
                groupOf.put(m, group);
            }
        }
        List<EntityGroup> list = new ArrayList<>();
        Mention previous = null;
        for (Mention m : mentions) {
            if (previous == null || !listed(text, previous, m)) {
                settle(list);
                list.clear();
            }
            EntityGroup group = groupOf.get(m);
            if (group != null) {
                list.add(group);
            }
            previous = m;
        }
        settle(list);
    }

    private void settle(List<EntityGroup> list) {
        if (list.size() < 2) {
            return;
        }
        EntityType agreed = null;
        for (EntityGroup group : list) {
            if (group.type != null && group.evidence != Mention.Evidence.GUESS) {
                if (agreed != null && agreed != group.type) {
                    return;
                }
                agreed = group.type;
            }
        }
        if (agreed == null || agreed == EntityType.LOCATION) {
            return; // place lists mix in firms and teams too often ("Arcelor, Corus and Luxembourg")
        }
        for (EntityGroup group : list) {
            if (group.type == null && isUnknownName(group.fullest().text())) {
                group.type = agreed;
            }
        }
    }

    /**
     * A name of words no dictionary knows ("Kanu", "Petruzzella"): listed works and common-word names
     * ("The Pillowman", "Heathers", "Development") are left to the usual rules.
     */
    private boolean isUnknownName(String name) {
        for (String word : name.split(" ")) {
            if (lexicon.isKnownWord(word) || NameShapes.isAllCaps(word)) {
                return false;
            }
        }
        return true;
    }

    /** Only a comma, "and" or "or" stands between the two mentions of one sentence. */
    private static boolean listed(String text, Mention a, Mention b) {
        if (a.sentence() != b.sentence() || b.start() <= a.end() || b.start() - a.end() > 6) {
            return false;
        }
        String between = text.substring(a.end(), b.start()).strip();
        return between.equals(",") || between.equals("and") || between.equals("or") || between.equals(", and")
                || between.equals(", or");
    }
}
