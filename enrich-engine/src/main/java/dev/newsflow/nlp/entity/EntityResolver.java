package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an article's mentions into entities: mentions of one place, organisation or name form one
 * entity; later short forms join the full name ({@link PersonNameMerger}: "Macron" → "Emmanuel Macron");
 * acronyms join the name they abbreviate, whether introduced in parentheses or matching its initials;
 * what is still untyped gets a type from its shape.
 */
final class EntityResolver {

    private final EntityLexicon lexicon;
    private final EntityOutput output;
    private final ListTyping lists;
    private final ShapeTyping shapes;

    EntityResolver(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.output = new EntityOutput();
        this.lists = new ListTyping(lexicon);
        this.shapes = new ShapeTyping(lexicon);
    }

    /** @param sport the article is about sport: place names of clubs name the clubs */
    List<RecognizedEntity> resolve(String text, List<Mention> found, boolean sport) {
        List<Mention> mentions = pointedAtBrackets(text, found);
        Map<Object, EntityGroup> groups = new LinkedHashMap<>(mentions.size() * 2);
        Map<String, EntityGroup> people = new HashMap<>();
        for (Mention each : mentions) {
            Mention m = sport ? asClub(each) : each;
            boolean person = m.place() == null && m.type() == EntityType.PERSON;
            String lower = person ? m.text().toLowerCase(Locale.ROOT) : null;
            EntityGroup group = groups.computeIfAbsent(key(m, lower), k -> new EntityGroup());
            group.add(m);
            if (person) {
                people.putIfAbsent(lower, group);
            }
        }
        Map<String, EntityGroup> byText = null; // only acronyms introduced in parentheses need it: built when one is
        for (Mention m : mentions) {
            if (m.abbreviates() != null) {
                byText = byText != null ? byText : byText(mentions, groups, sport);
                EntityGroup.merge(byText.get(m.abbreviates().toLowerCase(Locale.ROOT)), groups.get(key(m, null)));
            }
        }
        PersonNameMerger.mergeSpeakingPlaces(live(groups), people);
        List<EntityGroup> live = live(groups);
        PersonNameMerger.mergeShortNames(live);
        mergeAcronyms(live(groups));
        List<EntityGroup> result = live(groups);
        lists.apply(text, mentions, result);
        for (EntityGroup group : result) {
            if (group.type == null) {
                group.type = shapes.guess(group);
            }
        }
        result.removeIf(g -> g.type == null || (sport && isCompetition(g)));
        return output.entities(result, text.length());
    }

    /**
     * Whether {@link #resolve} could give another answer for a sports article: only a place that names a club or a
     * name ending in " League" is read differently, so most articles need not be scanned for sport words.
     */
    boolean dependsOnSport(List<Mention> mentions) {
        for (Mention m : mentions) {
            if ((m.place() != null && lexicon.clubs.containsKey(m.text())) || m.text().endsWith(" League")) {
                return true;
            }
        }
        return false;
    }

    /** In sport, "Champions League" and "Premier League" are competitions, which are events, not bodies. */
    private static boolean isCompetition(EntityGroup group) {
        return group.evidence != Mention.Evidence.KNOWN && group.fullest().text().endsWith(" League");
    }

    private Mention asClub(Mention m) {
        String club = m.place() != null ? lexicon.clubs.get(m.text()) : null;
        return club == null ? m : new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(),
                EntityType.ORGANIZATION, Mention.Evidence.KNOWN, null, club, m.abbreviates(), m.headline());
    }

    /**
     * An acronym in parentheses stands for the mention the bracket follows. The rule finder named that mention, but
     * the tagger may have cut it since ("U.S. Department of Energy" into the country and the body): the acronym is
     * pointed at what is there now, taking its type, place and organisation, so that it joins that entity alone.
     */
    private static List<Mention> pointedAtBrackets(String text, List<Mention> mentions) {
        List<Mention> pointed = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention before = m.abbreviates() == null ? null : bracketed(text, mentions, i);
            // only at an organisation: a place or person the tagger kept of a longer name ("Friends of Syria (FOS)")
            // is not what the acronym stands for
            if (before != null && before.type() == EntityType.ORGANIZATION && !before.text().equals(m.abbreviates())) {
                pointed = pointed == mentions ? new ArrayList<>(mentions) : pointed;
                pointed.set(i, new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(), before.type(),
                        before.evidence(), before.place(), before.organization(), before.text(), m.headline()));
            }
        }
        return pointed;
    }

    /** The mention that ends right before "(" and the {@code acronym}-th mention, or null. */
    private static Mention bracketed(String text, List<Mention> mentions, int acronym) {
        int open = text.lastIndexOf('(', mentions.get(acronym).start());
        for (int j = acronym - 1; j >= 0 && open > 0; j--) {
            Mention m = mentions.get(j);
            if (m.end() <= open) {
                return text.substring(m.end(), open).isBlank() ? m : null;
            }
        }
        return null;
    }

    /** Each lower-case mention text to the group of its first mention. */
    private Map<String, EntityGroup> byText(List<Mention> mentions, Map<Object, EntityGroup> groups, boolean sport) {
        Map<String, EntityGroup> byText = new HashMap<>(mentions.size() * 2);
        for (Mention found : mentions) {
            Mention m = sport ? asClub(found) : found;
            byText.putIfAbsent(m.text().toLowerCase(Locale.ROOT), groups.get(key(m, null)));
        }
        return byText;
    }

    /** @param lowerCaseText the mention's text in lower case, or null to have it made when the key needs it */
    private static Object key(Mention m, String lowerCaseText) {
        if (m.place() != null) {
            return m.place();
        }
        if (m.organization() != null) {
            return "org:" + m.organization();
        }
        return lowerCaseText != null ? lowerCaseText : m.text().toLowerCase(Locale.ROOT);
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

    /**
     * "IMF" joins "International Monetary Fund" when its letters are the name's initials, but not a name that has
     * the acronym as a word of its own: "EC Commission" is a body of the EC, not the EC.
     */
    private void mergeAcronyms(List<EntityGroup> groups) {
        Map<String, EntityGroup> byInitials = new HashMap<>();
        for (EntityGroup group : groups) {
            Mention full = group.fullest();
            if (full.words() >= 2 && group.type != EntityType.PERSON) {
                byInitials.putIfAbsent(NameShapes.initials(full.text()), group);
            }
        }
        for (EntityGroup group : groups) {
            Mention full = group.fullest();
            if (full.words() == 1 && group.evidence != Mention.Evidence.KNOWN && NameShapes.isAcronym(full.text())) {
                EntityGroup expanded = byInitials.get(full.text().replace(".", ""));
                if (expanded != null && !NameShapes.hasWord(expanded.fullest().text(), full.text())) {
                    EntityGroup.merge(expanded, group);
                }
            }
        }
    }
}
