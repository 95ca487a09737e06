package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.events.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins the short forms of a person's name to the full name ("Macron" → "Emmanuel Macron"), including
 * short forms the gazetteer took for small towns ("Campbell", "Eastwood").
 */
final class PersonNameMerger {

    private static final long SMALL_TOWN_POPULATION = 50_000;

    private PersonNameMerger() {
    }

    /** "Macron", "Mr Macron" and "Emmanuel" join "Emmanuel Macron" when only one person has that part. */
    static void mergeShortNames(List<EntityGroup> groups) {
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
                EntityGroup.merge(person, group);
                keepPerson(person);
            }
        }
    }

    /** "Eastwood said" makes the other mentions of the small town "Eastwood" the same person. */
    static void mergeSpeakingPlaces(List<EntityGroup> groups, Map<String, EntityGroup> people) {
        for (EntityGroup group : groups) {
            if (group.place != null && isMinorPlace(group)) {
                EntityGroup person = people.get(group.fullest().text().toLowerCase(Locale.ROOT));
                if (person != null && person != group && person.type == EntityType.PERSON && person.place == null) {
                    EntityGroup.merge(person, group);
                    keepPerson(person);
                }
            }
        }
    }

    /** A surname that is also a town's name stays the person's once merged: the town's coordinates do not apply. */
    private static void keepPerson(EntityGroup person) {
        person.type = EntityType.PERSON;
        person.place = null;
    }

    /**
     * A town or region name that is also a person's surname in this article is the person ("Campbell"):
     * a rarely mentioned one, or a small town however often it is named ("Eastwood" beside "Clint Eastwood").
     */
    private static boolean isMinorPlace(EntityGroup group) {
        if (group.place == null || (group.place.kind() != Place.Kind.CITY && group.place.kind() != Place.Kind.ADMIN)) {
            return false;
        }
        return group.mentions.size() <= 3
                || (group.place.kind() == Place.Kind.CITY && group.place.population() < SMALL_TOWN_POPULATION);
    }

    private static void register(Map<String, EntityGroup> parts, String part, EntityGroup group) {
        EntityGroup previous = parts.putIfAbsent(part, group);
        if (previous != null && previous != group) {
            parts.put(part, null); // two people share it: ambiguous, join neither
        }
    }
}
