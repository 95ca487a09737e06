package dev.newsflow.cli.evaluate;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predictions against gold articles exactly as the annotation guidelines (and {@code score.py}) do:
 * document-level entity sets, matched as {@link ArticleMatch} says; several predictions of one gold entity are one
 * true positive. Sentiment is compared as -1/0/1; a missing prediction counts wrong. Also keeps the type confusion of
 * the gold entities a prediction named and each article's errors, for {@code evaluate --errors}.
 */
public final class Scoreboard {

    private final Map<EntityType, int[]> typed = new EnumMap<>(EntityType.class); // tp, fp, fn
    private final int[] untyped = new int[3];
    private final ConfusionTable confusion = new ConfusionTable(
            Arrays.stream(EntityType.values()).map(EntityType::name).toList());
    private final List<EntityErrors> errors = new ArrayList<>();
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
        ArticleMatch match = ArticleMatch.of(gold, predicted);
        Set<Integer> typedGolds = match.typedGolds();
        int untypedHits = 0;
        for (ArticleMatch.Prediction p : match.predictions()) {
            if (p.typedHit() < 0) {
                typed.get(p.type())[1]++;
            }
            if (p.untypedHit() < 0) {
                untyped[1]++;
                confusion.add(confusion.none(), p.type().ordinal());
            }
        }
        Map<Integer, ArticleMatch.Prediction> wrongTypes = match.wrongTypes();
        for (int i = 0; i < match.golds().size(); i++) {
            EntityType type = match.golds().get(i).type();
            if (typedGolds.contains(i)) {
                typed.get(type)[0]++;
                confusion.add(type.ordinal(), type.ordinal());
            } else {
                typed.get(type)[2]++;
                ArticleMatch.Prediction wrong = wrongTypes.get(i);
                confusion.add(type.ordinal(), wrong == null ? confusion.none() : wrong.type().ordinal());
            }
            untypedHits += match.firstNamed(i) == null ? 0 : 1;
        }
        untyped[0] += untypedHits;
        untyped[2] += match.golds().size() - untypedHits;
        errors.add(EntityErrors.of(gold.id(), match));
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
                perType, confusion, sentiment.accuracy(), sentiment.macroF1(), sentiment.unlabelled(),
                sentiment.confusion());
    }

    /** Each article's errors, in the order the articles were added. */
    public List<EntityErrors> errors() {
        return List.copyOf(errors);
    }
}
