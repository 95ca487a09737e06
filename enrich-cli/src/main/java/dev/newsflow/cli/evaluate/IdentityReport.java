package dev.newsflow.cli.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The identity figures: of the gold countries and organisations the knowledge lists cover and that the engine
 * found in two or more articles, the share given one id everywhere; the same over every gold entity found in two
 * or more articles; and the share of gold entities found at all that share an id with another gold entity.
 *
 * @param split  the entities found in 2+ articles given several ids, with the ids, each marked "known" (covered
 *               by the lists) or "other"
 * @param merges each id given to several gold entities, with their gold names
 */
public record IdentityReport(int covered, int coveredConsistent, int repeated, int repeatedConsistent, int found,
        int merged, List<String> split, List<String> merges) {

    public double consistent() {
        return covered == 0 ? 0 : (double) coveredConsistent / covered;
    }

    public double mergedShare() {
        return found == 0 ? 0 : (double) merged / found;
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "known countries and organisations in 2+ articles  %4d  one id %4d  %.3f%n", covered,
                coveredConsistent, consistent());
        out.printf(Locale.ROOT, "all gold entities in 2+ articles                  %4d  one id %4d  %.3f%n", repeated,
                repeatedConsistent, repeated == 0 ? 0 : (double) repeatedConsistent / repeated);
        out.printf(Locale.ROOT, "gold entities found                               %4d  merged %4d  %.3f%n", found,
                merged, mergedShare());
        split.forEach(line -> out.println("split   " + line));
        merges.forEach(line -> out.println("merged  " + line));
    }
}
