package dev.newsflow.cli.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints each article's entity errors (typed false positives and false negatives, grouped by kind) and then how many
 * there are of each kind and pair of types, so the classes of error can be ranked by count.
 */
public record ErrorListing(List<EntityErrors> articles) {

    public void print(PrintWriter out) {
        Map<String, Integer> counts = new TreeMap<>();
        out.println("errors (kind, gold name and type, predicted name and type)");
        for (EntityErrors article : articles) {
            if (article.errors().isEmpty()) {
                continue;
            }
            out.println(article.article());
            for (EntityErrors.Error e : article.errors()) {
                String kind = e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                out.printf(Locale.ROOT, "  %-10s  %-36s %-12s  %-36s %s%n", kind, quoted(e.gold()), orDash(e.goldType()),
                        quoted(e.predicted()), orDash(e.predictedType()));
                counts.merge(String.format(Locale.ROOT, "%-10s  %-12s -> %s", kind, orDash(e.goldType()),
                        orDash(e.predictedType())), 1, Integer::sum);
            }
        }
        out.println("error counts (kind, gold type -> predicted type)");
        counts.forEach((key, count) -> out.printf(Locale.ROOT, "  %5d  %s%n", count, key));
    }

    private static String quoted(String name) {
        return name == null ? "-" : "\"" + name + "\"";
    }

    private static String orDash(String type) {
        return type == null ? "-" : type;
    }
}
