package dev.newsflow.cli.evaluate;

import dev.newsflow.events.SentimentLabel;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Gold tone against predicted labels: the confusion counts, accuracy and macro-F1 over the three labels (a missing
 * prediction counts wrong). Shared by {@code evaluate}'s table and {@code fit-tone}'s search, so both score alike.
 */
public final class ToneTally {

    private static final String[] LABELS = {"negative", "neutral", "positive"};

    private final int[][] counts = new int[3][4]; // [gold + 1][predicted + 1, or 3 when missing]
    private int articles;

    /** @param gold -1, 0 or 1; {@code predicted} null when the engine produced nothing */
    public void add(int gold, SentimentLabel predicted) {
        counts[gold + 1][predicted == null ? 3 : polarity(predicted) + 1]++;
        articles++;
    }

    public double accuracy() {
        return articles == 0 ? 0 : (double) (counts[0][0] + counts[1][1] + counts[2][2]) / articles;
    }

    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            int predictedAsC = counts[0][c] + counts[1][c] + counts[2][c];
            int goldC = counts[c][0] + counts[c][1] + counts[c][2] + counts[c][3];
            sum += Score.of(counts[c][c], predictedAsC - counts[c][c], goldC - counts[c][c]).f1();
        }
        return sum / 3;
    }

    /** Articles without a prediction. */
    public int unlabelled() {
        return counts[0][3] + counts[1][3] + counts[2][3];
    }

    /** Article counts by [gold label][predicted label or 3 when missing], labels negative, neutral, positive. */
    public int[][] confusion() {
        return new int[][] {counts[0].clone(), counts[1].clone(), counts[2].clone()};
    }

    /** Prints {@code confusion} (as {@link #confusion()} returns it) as a table of gold rows by predicted columns. */
    public static void printConfusion(PrintWriter out, int[][] confusion) {
        out.printf(Locale.ROOT, "confusion     gold \\ predicted %9s %9s %9s %9s%n", "negative", "neutral", "positive",
                "missing");
        for (int g = 0; g < 3; g++) {
            int[] row = confusion[g];
            out.printf(Locale.ROOT, "              %-18s %9d %9d %9d %9d%n", LABELS[g], row[0], row[1], row[2], row[3]);
        }
    }

    private static int polarity(SentimentLabel label) {
        return switch (label) {
            case POSITIVE -> 1;
            case NEGATIVE -> -1;
            case NEUTRAL -> 0;
        };
    }
}
