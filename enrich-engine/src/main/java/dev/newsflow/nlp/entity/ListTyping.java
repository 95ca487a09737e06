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
 * decides nothing. One exception: a lone word the tagger guessed a person's (no title, no given name) listed among
 * two or more organisations and nothing else is one of them ("Nokia, Sagem and Thomson"; "Franz Ferdinand, Travis
 * and Snow Patrol"): people and firms or bands are seldom listed as one series.
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
        joinOrganizations(list);
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

    /** Retypes the guessed lone persons of a list whose other typed members are two or more organisations. */
    private void joinOrganizations(List<EntityGroup> list) {
        int organizations = 0;
        int guessed = 0;
        for (EntityGroup group : list) {
            if (isGuessedLonePerson(group)) {
                guessed++;
            } else if (group.type == EntityType.ORGANIZATION) {
                organizations++;
            } else if (group.type != null) {
                return;
            }
        }
        if (organizations < 2 || guessed == 0) {
            return;
        }
        for (EntityGroup group : list) {
            if (isGuessedLonePerson(group) && isUnknownName(group.fullest().text())) {
                group.type = EntityType.ORGANIZATION;
            }
        }
    }

    /** A one-word name typed a person on no title's or given name's word: the tagger's reading of the word alone. */
    private static boolean isGuessedLonePerson(EntityGroup group) {
        return group.type == EntityType.PERSON && group.evidence.compareTo(Mention.Evidence.TITLE) < 0
                && group.fullest().words() == 1;
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
