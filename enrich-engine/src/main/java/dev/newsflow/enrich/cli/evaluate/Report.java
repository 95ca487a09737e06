package dev.newsflow.enrich.cli.evaluate;

import dev.newsflow.enrich.nlp.sentiment.ToneScale;
import dev.newsflow.events.EntityType;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The evaluation table: entity precision, recall and F1 (overall, untyped, per type) and sentiment figures. */
public record Report(int articles, int missing, Score entities, Score untyped, Map<EntityType, Score> perType,
        double sentimentAccuracy, double sentimentMacroF1, int unlabelled) {

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "articles %d  missing %d%n", articles, missing);
        out.printf(Locale.ROOT, "%-13s %9s %9s %9s%n", "", "precision", "recall", "F1");
        row(out, "entities", entities);
        row(out, "untyped", untyped);
        perType.forEach((type, score) -> row(out, type.name(), score));
        out.printf(Locale.ROOT, "sentiment     accuracy %.3f  macro-F1 %.3f  unlabelled %d%n", sentimentAccuracy,
                sentimentMacroF1, unlabelled);
        out.printf(Locale.ROOT, "thresholds    score >= %.2f positive, <= %.2f negative, neutral between%n",
                ToneScale.POSITIVE_AT, ToneScale.NEGATIVE_AT);
    }

    private static void row(PrintWriter out, String name, Score score) {
        out.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f%n", name, score.precision(), score.recall(), score.f1());
    }
}
