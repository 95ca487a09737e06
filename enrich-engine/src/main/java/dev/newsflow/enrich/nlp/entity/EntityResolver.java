package dev.newsflow.enrich.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an article's mentions into entities: mentions of one place, organisation or name form one
 * entity; later short forms join the full name ("Macron" → "Emmanuel Macron"); acronyms join the name
 * they abbreviate, whether introduced in parentheses or matching its initials; what is still untyped
 * gets a type from its shape.
 */
final class EntityResolver {

    private final EntityLexicon lexicon;
    private final EntityOutput output;

    EntityResolver(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.output = new EntityOutput();
    }

    /** @param sport the article is about sport: place names of clubs name the clubs */
    List<RecognizedEntity> resolve(List<Mention> mentions, int textLength, boolean sport) {
        Map<Object, EntityGroup> groups = new LinkedHashMap<>();
        Map<String, EntityGroup> byText = new HashMap<>();
        Map<String, EntityGroup> people = new HashMap<>();
        for (Mention found : mentions) {
            Mention m = sport ? asClub(found) : found;
            EntityGroup group = groups.computeIfAbsent(key(m), k -> new EntityGroup());
            group.add(m);
            byText.putIfAbsent(m.text().toLowerCase(Locale.ROOT), group);
            if (m.place() == null && m.type() == EntityType.PERSON) {
                people.putIfAbsent(m.text().toLowerCase(Locale.ROOT), group);
            }
        }
        for (Mention m : mentions) {
            if (m.abbreviates() != null) {
                merge(byText.get(m.abbreviates().toLowerCase(Locale.ROOT)), groups.get(key(m)));
            }
        }
        mergeSpeakingPlaces(live(groups), people);
        List<EntityGroup> live = live(groups);
        mergeShortNames(live);
        mergeAcronyms(live(groups));
        List<EntityGroup> result = live(groups);
        for (EntityGroup group : result) {
            if (group.type == null) {
                group.type = guessType(group);
            }
        }
        result.removeIf(g -> g.type == null);
        return output.entities(result, textLength);
    }

    private Mention asClub(Mention m) {
        String club = m.place() != null ? lexicon.clubs.get(m.text()) : null;
        return club == null ? m : new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(),
                EntityType.ORGANIZATION, Mention.Evidence.KNOWN, null, club, m.abbreviates(), m.headline());
    }

    private static Object key(Mention m) {
        if (m.place() != null) {
            return m.place();
        }
        if (m.organization() != null) {
            return "org:" + m.organization();
        }
        return m.text().toLowerCase(Locale.ROOT);
    }

    private static void merge(EntityGroup into, EntityGroup from) {
        if (into != null && from != null && into != from && !into.merged && !from.merged) {
            into.absorb(from);
        }
    }

    private static List<EntityGroup> live(Map<Object, EntityGroup> groups) {
        List<EntityGroup> live = new ArrayList<>(groups.size());
        for (EntityGroup group : groups.values()) {
            if (!group.merged) {
                live.add(group);
            }
        }
        return live;
    }

    /** "Macron", "Mr Macron" and "Emmanuel" join "Emmanuel Macron" when only one person has that part. */
    private void mergeShortNames(List<EntityGroup> groups) {
        Map<String, EntityGroup> parts = new HashMap<>();
        for (EntityGroup group : groups) {
            Mention full = group.fullest();
            if (group.type == EntityType.PERSON && full.words() >= 2) {
                String[] words = full.text().split(" ");
                register(parts, words[words.length - 1], group);
                register(parts, words[0], group);
                if (words.length >= 3) {
                    register(parts, words[words.length - 2] + " " + words[words.length - 1], group);
                }
            }
        }
        for (EntityGroup group : groups) {
            Mention full = group.fullest();
            EntityGroup person = parts.get(full.text());
            boolean weak = group.type == null || group.type == EntityType.PERSON
                    || group.evidence == Mention.Evidence.GUESS || isMinorPlace(group);
            if (person != null && person != group && weak && full.words() < person.fullest().words()) {
                merge(person, group);
                keepPerson(person);
            }
        }
    }

    /** A surname that is also a town's name stays the person's once merged: the town's coordinates do not apply. */
    private static void keepPerson(EntityGroup person) {
        person.type = EntityType.PERSON;
        person.place = null;
    }

    /** "Eastwood said" makes the other mentions of the small town "Eastwood" the same person. */
    private static void mergeSpeakingPlaces(List<EntityGroup> groups, Map<String, EntityGroup> byText) {
        for (EntityGroup group : groups) {
            if (group.place != null && isMinorPlace(group)) {
                EntityGroup person = byText.get(group.fullest().text().toLowerCase(Locale.ROOT));
                if (person != null && person != group && person.type == EntityType.PERSON && person.place == null) {
                    merge(person, group);
                    keepPerson(person);
                }
            }
        }
    }

    /** A town or region name that is also a person's surname in this article is the person ("Campbell"). */
    private static boolean isMinorPlace(EntityGroup group) {
        return group.place != null && group.mentions.size() <= 3
                && (group.place.kind() == dev.newsflow.enrich.nlp.geo.Place.Kind.CITY
                || group.place.kind() == dev.newsflow.enrich.nlp.geo.Place.Kind.ADMIN);
    }

    private static void register(Map<String, EntityGroup> parts, String part, EntityGroup group) {
        EntityGroup previous = parts.putIfAbsent(part, group);
        if (previous != null && previous != group) {
            parts.put(part, null); // two people share it: ambiguous, join neither
        }
    }

    /** "IMF" joins "International Monetary Fund" when its letters are the name's initials. */
    private void mergeAcronyms(List<EntityGroup> groups) {
        Map<String, EntityGroup> byInitials = new HashMap<>();
        for (EntityGroup group : groups) {
            Mention full = group.fullest();
            if (full.words() >= 2 && group.type != EntityType.PERSON) {
                byInitials.putIfAbsent(initials(full.text()), group);
            }
        }
        for (EntityGroup group : groups) {
            Mention full = group.fullest();
            if (full.words() == 1 && group.evidence != Mention.Evidence.KNOWN && NameShapes.isAcronym(full.text())) {
                merge(byInitials.get(full.text().replace(".", "")), group);
            }
        }
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[ -]")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** Untyped names: two or three capitalised words are most often a person, a single word an organisation. */
    private EntityType guessType(EntityGroup group) {
        Mention full = group.fullest();
        if (full.words() >= 2) {
            String[] words = full.text().split(" ");
            boolean allCommon = true;
            for (String word : words) {
                allCommon &= lexicon.isCommonWord(word) || !Character.isUpperCase(word.charAt(0));
            }
            if (allCommon) {
                return null; // title-cased phrases of common words are works, events or slogans
            }
            boolean personal = lexicon.firstNames.contains(words[0]) || lexicon.personNames.contains(words[words.length - 1]);
            return personal && words.length <= 3 ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
        if (lexicon.firstNames.contains(full.text())) {
            return EntityType.PERSON;
        }
        return lexicon.isCommonWord(full.text()) ? null : EntityType.ORGANIZATION;
    }
}
