package dev.newsflow.cli.evaluate;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions against gold articles exactly as the annotation guidelines (and {@code score.py}) do:
 * document-level entity sets, a prediction matching a gold entity when its normalised name is the gold name or an
 * alias and its type the gold type or an alternative; several predictions of one gold entity are one true positive.
 * Only a prediction's canonical name is matched. Sentiment is compared as -1/0/1; a missing prediction counts wrong.
 */
public final class Scoreboard {

    private final Map<EntityType, int[]> typed = new EnumMap<>(EntityType.class); // tp, fp, fn
    private final int[] untyped = new int[3];
    private final ToneTally sentiment = new ToneTally();
    private int articles;
    private int missing;

    public Scoreboard() {
        for (EntityType type : EntityType.values()) {
            typed.put(type, new int[3]);
        }
    }

    /** Adds one article; {@code predicted} null when the engine produced nothing for it. */
    public void add(GoldArticle gold, List<NamedEntity> predicted, SentimentLabel predictedLabel) {
        articles++;
        if (predicted == null) {
            missing++;
        }
        List<GoldName> golds = gold.entities().stream().map(GoldName::of).toList();
        Set<Integer> matchedTyped = new HashSet<>();
        Set<Integer> matchedUntyped = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (NamedEntity entity : predicted == null ? List.<NamedEntity>of() : predicted) {
            String name = EntityNames.normalise(entity.name());
            if (name.isEmpty() || !seen.add(entity.type() + "\u0000" + name)) {
                continue;
            }
            int typedHit = firstMatch(golds, name, entity.type().name());
            if (typedHit < 0) {
                typed.get(entity.type())[1]++;
            } else if (matchedTyped.add(typedHit)) {
                typed.get(golds.get(typedHit).type())[0]++;
            }
            int untypedHit = firstMatch(golds, name, null);
            if (untypedHit < 0) {
                untyped[1]++;
            } else {
                matchedUntyped.add(untypedHit);
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (!matchedTyped.contains(i)) {
                typed.get(golds.get(i).type())[2]++;
            }
        }
        untyped[0] += matchedUntyped.size();
        untyped[2] += golds.size() - matchedUntyped.size();
        sentiment.add(gold.sentiment(), predictedLabel);
    }

    public Report report() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<EntityType, Score> perType = new EnumMap<>(EntityType.class);
        for (Map.Entry<EntityType, int[]> entry : typed.entrySet()) {
            int[] c = entry.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            perType.put(entry.getKey(), Score.of(c[0], c[1], c[2]));
        }
        return new Report(articles, missing, Score.of(tp, fp, fn), Score.of(untyped[0], untyped[1], untyped[2]),
                perType, sentiment.accuracy(), sentiment.macroF1(), sentiment.unlabelled(), sentiment.confusion());
    }

    private static int firstMatch(List<GoldName> golds, String name, String type) {
        for (int i = 0; i < golds.size(); i++) {
            GoldName gold = golds.get(i);
            if (gold.names().contains(name) && (type == null || gold.types().contains(type))) {
                return i;
            }
        }
        return -1;
    }

    private record GoldName(Set<String> names, Set<String> types, EntityType type) {

        static GoldName of(GoldArticle.Entity entity) {
            Set<String> names = new HashSet<>();
            names.add(EntityNames.normalise(entity.name()));
            entity.aliases().forEach(alias -> names.add(EntityNames.normalise(alias)));
            List<String> types = new ArrayList<>(entity.altTypes());
            types.add(entity.type());
            return new GoldName(names, Set.copyOf(types), EntityType.valueOf(entity.type()));
        }
    }
}
