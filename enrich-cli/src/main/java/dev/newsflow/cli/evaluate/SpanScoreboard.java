package dev.newsflow.cli.evaluate;

import dev.newsflow.nlp.tagger.Tags;

import java.io.PrintWriter;
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

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private final ConfusionTable confusion = new ConfusionTable(TYPES);

    public void add(int[] gold, int[] predicted) {
        Map<Long, Integer> goldSpans = spans(gold);
        Map<Long, Integer> predictedSpans = spans(predicted);
        goldSpans.forEach((span, type) -> confusion.add(type, predictedSpans.getOrDefault(span, confusion.none())));
        predictedSpans.forEach((span, type) -> {
            if (!goldSpans.containsKey(span)) {
                confusion.add(confusion.none(), type);
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
        for (int t = 0; t < confusion.none(); t++) {
            tp += confusion.count(t, t);
            predicted += confusion.column(t);
            gold += confusion.row(t);
        }
        return Score.of(tp, predicted - tp, gold - tp);
    }

    public Score of(int type) {
        int tp = confusion.count(type, type);
        return Score.of(tp, confusion.column(type) - tp, confusion.row(type) - tp);
    }

    public void print(String name, PrintWriter out) {
        out.printf(Locale.ROOT, "tagger spans on %s%n", name);
        out.printf(Locale.ROOT, "%-13s %9s %9s %9s%n", "", "precision", "recall", "F1");
        Score all = overall();
        out.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f%n", "spans", all.precision(), all.recall(), all.f1());
        for (int t = 0; t < confusion.none(); t++) {
            Score s = of(t);
            out.printf(Locale.ROOT, "%-13s %9.3f %9.3f %9.3f%n", TYPES.get(t), s.precision(), s.recall(), s.f1());
        }
        confusion.print(out);
    }
}
