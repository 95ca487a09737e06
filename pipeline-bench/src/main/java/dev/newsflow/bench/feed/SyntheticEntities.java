package dev.newsflow.bench.feed;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntitySentiment;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities for enriched records the bench publishes itself (store-only mode): runs of one to three capitalised
 * words in the text, as many and as varied as a news article's names, so the store writes entity, form and link
 * rows of a realistic shape without enrich's engine in the bench (it would take the store's CPU). Not an entity
 * recogniser: the same text always gives the same entities, which is all a benchmark needs.
 */
public final class SyntheticEntities {

    /** enrich-service lists at most a few dozen entities; most articles name fewer */
    static final int MAX_ENTITIES = 16;
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}");
    private static final EntityType[] TYPES = EntityType.values();

    private SyntheticEntities() {
    }

    /** @param text title + "\n\n" + body, the text enrich's offsets refer to */
    public static List<NamedEntity> of(String text) {
        Map<String, int[]> found = new LinkedHashMap<>(); // name -> {mentions, first offset}
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            // a sentence's first word is capitalised anyway: the rest of its run may still be a name
            String name = m.group();
            int start = m.start();
            if (startsSentence(text, start)) {
                int space = name.indexOf(' ');
                name = space < 0 ? "" : name.substring(space + 1);
                start += space + 1;
            }
            if (!name.isEmpty()) {
                int first = start;
                found.computeIfAbsent(name, n -> new int[] {0, first})[0]++;
            }
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(found.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[1]));
        List<NamedEntity> entities = new ArrayList<>();
        int most = ranked.isEmpty() ? 1 : ranked.getFirst().getValue()[0];
        for (Map.Entry<String, int[]> e : ranked.subList(0, Math.min(MAX_ENTITIES, ranked.size()))) {
            String name = e.getKey();
            EntityType type = TYPES[Math.floorMod(name.hashCode(), TYPES.length)];
            int space = name.lastIndexOf(' ');
            List<String> aliases = type == EntityType.PERSON && space > 0 ? List.of(name.substring(space + 1)) : List.of();
            int mentions = e.getValue()[0];
            SentimentLabel label = SentimentLabel.values()[Math.floorMod(name.length(), SentimentLabel.values().length)];
            entities.add(new NamedEntity(EntityIds.derived(type, name), name, type, aliases, mentions,
                    e.getValue()[1], Math.round(1000.0 * mentions / most) / 1000.0,
                    new EntitySentiment(label, switch (label) { case POSITIVE -> 0.4; case NEGATIVE -> -0.4; case NEUTRAL -> 0; }), null, null));
        }
        return entities;
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return true; // the body's first line after the title
            }
            i--;
        }
        return i < 0 || ".!?\"'".indexOf(text.charAt(i)) >= 0;
    }
}
