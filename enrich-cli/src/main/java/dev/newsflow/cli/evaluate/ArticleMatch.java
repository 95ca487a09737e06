package dev.newsflow.cli.evaluate;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article's predictions matched against its gold entities as the annotation guidelines score them: a prediction
 * (distinct by normalised name and type; only its canonical name counts) matches the first gold entity that has its
 * normalised name as name or alias, typed when its type is also the gold type or an alternative.
 */
record ArticleMatch(List<Gold> golds, List<Prediction> predictions) {

    /** A gold entity: its canonical name as annotated, normalised names, accepted types and main type. */
    record Gold(String text, Set<String> names, Set<String> types, EntityType type) {

        static Gold of(GoldArticle.Entity entity) {
            Set<String> names = new HashSet<>();
            names.add(EntityNames.normalise(entity.name()));
            entity.aliases().forEach(alias -> names.add(EntityNames.normalise(alias)));
            List<String> types = new ArrayList<>(entity.altTypes());
            types.add(entity.type());
            return new Gold(entity.name(), names, Set.copyOf(types), EntityType.valueOf(entity.type()));
        }
    }

    /** A prediction with the gold entity it matches typed and untyped, -1 for none. */
    record Prediction(String text, String name, EntityType type, int typedHit, int untypedHit) {
    }

    static ArticleMatch of(GoldArticle gold, List<NamedEntity> predicted) {
        List<Gold> golds = gold.entities().stream().map(Gold::of).toList();
        List<Prediction> predictions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NamedEntity entity : predicted == null ? List.<NamedEntity>of() : predicted) {
            String name = EntityNames.normalise(entity.name());
            if (!name.isEmpty() && seen.add(entity.type() + "\u0000" + name)) {
                predictions.add(new Prediction(entity.name(), name, entity.type(),
                        firstMatch(golds, name, entity.type().name()), firstMatch(golds, name, null)));
            }
        }
        return new ArticleMatch(golds, predictions);
    }

    /** Indexes of the gold entities some prediction matched with a right type. */
    Set<Integer> typedGolds() {
        Set<Integer> hits = new HashSet<>();
        predictions.stream().filter(p -> p.typedHit() >= 0).forEach(p -> hits.add(p.typedHit()));
        return hits;
    }

    /** The first prediction that matches gold entity {@code gold} by name whatever its type, or null (untyped score). */
    Prediction firstNamed(int gold) {
        return predictions.stream().filter(p -> p.untypedHit() == gold).findFirst().orElse(null);
    }

    /**
     * The gold entities found only with a wrong type, by index, each with the prediction that names it: the first
     * one that has one of its names and no typed match of its own, and names no earlier gold entity here. A
     * prediction that matched a namesake with the right type does not also count as this one's wrong type, and one
     * wrong-typed prediction stands for one gold entity, so each such pair is one typed false negative and one typed
     * false positive. {@code evaluate --errors} ("type") and the type confusion both read this.
     */
    Map<Integer, Prediction> wrongTypes() {
        Set<Integer> typedGolds = typedGolds();
        Map<Integer, Prediction> pairs = new LinkedHashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            if (typedGolds.contains(i)) {
                continue;
            }
            for (Prediction p : predictions) {
                if (p.typedHit() < 0 && golds.get(i).names().contains(p.name()) && !pairs.containsValue(p)) {
                    pairs.put(i, p);
                    break;
                }
            }
        }
        return pairs;
    }

    private static int firstMatch(List<Gold> golds, String name, String type) {
        for (int i = 0; i < golds.size(); i++) {
            Gold gold = golds.get(i);
            if (gold.names().contains(name) && (type == null || gold.types().contains(type))) {
                return i;
            }
        }
        return -1;
    }
}
