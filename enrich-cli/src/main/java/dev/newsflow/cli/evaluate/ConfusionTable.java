package dev.newsflow.cli.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Counts by gold type and predicted type of the gold items a prediction matched on text (spans with the same
 * boundaries, or entities with the same normalised name), with the gold items nothing matched ("missed") and the
 * predictions that matched nothing gold ("spurious"). One table for the tagger's spans and the engine's entities.
 */
public final class ConfusionTable {

    private final List<String> types;
    private final int[][] counts; // [gold type or none()][predicted type or none()]

    public ConfusionTable(List<String> types) {
        this.types = List.copyOf(types);
        this.counts = new int[types.size() + 1][types.size() + 1];
    }

    /** The index standing for "no type": no prediction (missed) or no gold item (spurious). */
    public int none() {
        return types.size();
    }

    public void add(int gold, int predicted) {
        counts[gold][predicted]++;
    }

    public int count(int gold, int predicted) {
        return counts[gold][predicted];
    }

    /** Gold items of {@code type}, whatever was predicted for them. */
    public int row(int type) {
        int sum = 0;
        for (int p = 0; p <= none(); p++) {
            sum += counts[type][p];
        }
        return sum;
    }

    /** Predictions of {@code type}, whatever gold item they matched. */
    public int column(int type) {
        int sum = 0;
        for (int g = 0; g <= none(); g++) {
            sum += counts[g][type];
        }
        return sum;
    }

    public void print(PrintWriter out) {
        int width = Math.max(6, types.stream().mapToInt(String::length).max().orElse(0));
        String cell = " %" + width + "s";
        out.print("confusion     gold \\ predicted");
        types.forEach(type -> out.printf(Locale.ROOT, cell, type));
        out.printf(Locale.ROOT, " %8s%n", "missed");
        for (int g = 0; g <= none(); g++) {
            out.printf(Locale.ROOT, "              %-16s", g == none() ? "spurious" : types.get(g));
            for (int p = 0; p < none(); p++) {
                out.printf(Locale.ROOT, cell, counts[g][p]);
            }
            out.printf(Locale.ROOT, " %8s%n", g == none() ? "" : Integer.toString(counts[g][none()]));
        }
    }
}
