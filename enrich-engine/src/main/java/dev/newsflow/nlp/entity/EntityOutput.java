package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.Geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes resolved groups as entities: id and canonical name ({@link EntityIdentity}: the knowledge's name for a
 * known entity, else the fullest prose form, headline-only names in normal case), aliases (every other form the
 * article used), mention count, first offset, the sentences that mention it, and salience.
 *
 * <p>Salience weighs mentions (a title mention counts double) and how early the entity first appears,
 * scaled so the article's most salient entity has 1.
 */
final class EntityOutput {

    List<RecognizedEntity> entities(List<EntityGroup> groups, int textLength) {
        double[] raw = new double[groups.size()];
        double max = 0;
        for (int i = 0; i < groups.size(); i++) {
            raw[i] = rawSalience(groups.get(i), textLength);
            max = Math.max(max, raw[i]);
        }
        List<RecognizedEntity> entities = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            entities.add(entity(groups.get(i), Math.round(raw[i] / max * 1000) / 1000.0));
        }
        entities.sort(Comparator.comparingDouble(RecognizedEntity::salience).reversed()
                .thenComparingInt(RecognizedEntity::firstOffset));
        return entities;
    }

    private static double rawSalience(EntityGroup group, int textLength) {
        double weight = 0;
        int first = Integer.MAX_VALUE;
        for (Mention m : group.mentions) {
            weight += m.sentence() == 0 ? 2 : 1;
            first = Math.min(first, m.start());
        }
        return weight * (1.5 - 0.5 * first / Math.max(1, textLength));
    }

    private static RecognizedEntity entity(EntityGroup group, double salience) {
        String name = canonical(group);
        EntityIdentity identity = EntityIdentity.of(group, name);
        List<String> aliases = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int[] sentences = new int[group.mentions.size()];
        int count = 0;
        for (Mention m : group.mentions) {
            first = Math.min(first, m.start());
            if (!m.text().equalsIgnoreCase(name) && !containsIgnoreCase(aliases, m.text())) {
                aliases.add(m.text());
            }
            if (count == 0 || sentences[count - 1] != m.sentence()) {
                sentences[count++] = m.sentence();
            }
        }
        int[] distinct = sortedDistinct(sentences, count);
        Geo geo = group.type == EntityType.LOCATION && group.place != null ? group.place.geo() : null;
        return new RecognizedEntity(identity.id(), name, identity.canonicalName(), group.type, aliases,
                group.mentions.size(), first, salience, geo, distinct);
    }

    /** The first {@code count} of {@code values}, sorted, without repeats (a stream's set-up was 1 % of the engine). */
    private static int[] sortedDistinct(int[] values, int count) {
        Arrays.sort(values, 0, count);
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (kept == 0 || values[kept - 1] != values[k]) {
                values[kept++] = values[k];
            }
        }
        return Arrays.copyOf(values, kept);
    }

    private static String canonical(EntityGroup group) {
        Mention full = group.fullest();
        if (!full.headline() || !NameShapes.isAllCaps(full.text()) || NameShapes.isAcronym(full.text())
                && full.text().length() <= 5) {
            return full.text();
        }
        if (full.organization() != null) {
            return full.organization();
        }
        if (full.place() != null && full.place().name().equalsIgnoreCase(full.text())) {
            return full.place().name();
        }
        return NameShapes.titleCase(full.text());
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
