package dev.newsflow.cli.evaluate;

import dev.newsflow.nlp.sentiment.ToneScale;
import dev.newsflow.events.EntityType;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation table: entity precision, recall and F1 (overall, untyped, per type) and sentiment figures.
 *
 * @param typeConfusion      gold entity type by the type of the first prediction naming it (its own type when any
 *                           prediction had it), with the gold entities no prediction named and the predictions
 *                           that named no gold entity
 * @param sentimentConfusion article counts by [gold label][predicted label or 3 when missing], labels negative,
 *                           neutral, positive
 */
public record Report(int articles, int missing, Score entities, Score untyped, Map<EntityType, Score> perType,
        ConfusionTable typeConfusion, double sentimentAccuracy, double sentimentMacroF1, int unlabelled, int[][] sentimentConfusion) {

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "articles %d  missing %d%n", articles, missing);
        out.printf(Locale.ROOT, "%-13s %9s %9s %9s%n", "", "precision", "recall", "F1");
        row(out, "entities", entities);
        row(out, "untyped", untyped);
        perType.forEach((type, score) -> row(out, type.name(), score));
        typeConfusion.print(out);
        out.printf(Locale.ROOT, "sentiment     accuracy %.3f  macro-F1 %.3f  unlabelled %d%n", sentimentAccuracy,
                sentimentMacroF1, unlabelled);
        out.printf(Locale.ROOT, "thresholds    score >= %.2f positive, <= %.2f negative, neutral between%n",
                ToneScale.DOCUMENT.positiveAt(), ToneScale.DOCUMENT.negativeAt());
        ToneTally.printConfusion(out, sentimentConfusion);
    }

    private static void row(PrintWriter out, String name, Score score) {
        out.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f%n", name, score.precision(), score.recall(), score.f1());
    }
}
