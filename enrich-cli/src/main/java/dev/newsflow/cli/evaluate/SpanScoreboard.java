package dev.newsflow.cli.evaluate;

import dev.newsflow.nlp.tagger.Tags;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Span-level scores of the tagger on CoNLL sentences, as conlleval counts them: a predicted entity is right when its
 * first and last token and its type are the gold one's. The confusion table pairs spans with the same boundaries by
 * type; a gold span no prediction has the boundaries of is "missed", a prediction no gold span has them is "spurious".
 */
public final class SpanScoreboard {

    private static final String[] TYPES = {"PER", "ORG", "LOC"};
    private static final int NONE = 3;

    private final int[][] confusion = new int[4][4]; // [gold type or NONE][predicted type or NONE]

    public void add(int[] gold, int[] predicted) {
        Map<Long, Integer> goldSpans = spans(gold);
        Map<Long, Integer> predictedSpans = spans(predicted);
        goldSpans.forEach((span, type) -> confusion[type][predictedSpans.getOrDefault(span, NONE)]++);
        predictedSpans.forEach((span, type) -> {
            if (!goldSpans.containsKey(span)) {
                confusion[NONE][type]++;
            }
        });
    }

    /** Spans as (start << 32 | end) to type index. */
    private static Map<Long, Integer> spans(int[] labels) {
        Map<Long, Integer> spans = new HashMap<>();
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == Tags.O) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < labels.length && labels[end] == Tags.inside(Tags.typeIndex(labels[i]))) {
                end++;
            }
            spans.put(((long) i << 32) | end, Tags.typeIndex(labels[i]));
            i = end;
        }
        return spans;
    }

    public Score overall() {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (int t = 0; t < NONE; t++) {
            tp += confusion[t][t];
            predicted += column(t);
            gold += row(t);
        }
        return Score.of(tp, predicted - tp, gold - tp);
    }

    public Score of(int type) {
        return Score.of(confusion[type][type], column(type) - confusion[type][type], row(type) - confusion[type][type]);
    }

    private int row(int type) {
        int sum = 0;
        for (int p = 0; p <= NONE; p++) {
            sum += confusion[type][p];
        }
        return sum;
    }

    private int column(int type) {
        int sum = 0;
        for (int g = 0; g <= NONE; g++) {
            sum += confusion[g][type];
        }
        return sum;
    }

    public void print(String name, PrintWriter out) {
        out.printf(Locale.ROOT, "tagger spans on %s%n", name);
        out.printf(Locale.ROOT, "%-13s %9s %9s %9s%n", "", "precision", "recall", "F1");
        List<String> rows = new ArrayList<>();
        Score all = overall();
        out.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f%n", "spans", all.precision(), all.recall(), all.f1());
        for (int t = 0; t < NONE; t++) {
            Score s = of(t);
            out.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f%n", TYPES[t], s.precision(), s.recall(), s.f1());
        }
        out.printf(Locale.ROOT, "confusion     gold \\ predicted %6s %6s %6s %8s%n", "PER", "ORG", "LOC", "missed");
        for (int g = 0; g <= NONE; g++) {
            rows.add(g == NONE ? "spurious" : TYPES[g]);
            out.printf(Locale.ROOT, "              %-18s %6d %6d %6d %8s%n", rows.getLast(), confusion[g][0],
                    confusion[g][1], confusion[g][2], g == NONE ? "" : Integer.toString(confusion[g][NONE]));
        }
    }
}
