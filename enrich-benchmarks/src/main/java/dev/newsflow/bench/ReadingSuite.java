package dev.newsflow.bench;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.ParsedArticle;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures reading against a saved-page test suite laid out as Readability's: one folder per page with
 * {@code source.html}, {@code expected.html} (the main text) and {@code expected-metadata.json} ({@code title},
 * {@code byline}, {@code siteName}, {@code publishedTime}, {@code lang}; a field the file lacks is not scored). The
 * suite is not in the repo (see BENCHMARKS.md for where one comes from). Prints one line per page, then the totals.
 *
 * <pre>java -cp benchmarks.jar dev.newsflow.bench.ReadingSuite path/to/test-pages</pre>
 */
public final class ReadingSuite {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReadingSuite() {
    }

    public static void main(String[] args) throws IOException {
        ArticleFormats formats = new ArticleFormats(FormatLimits.DEFAULTS);
        Map<String, int[]> fields = new java.util.LinkedHashMap<>(); // field -> {scored, found, equal}
        List<Double> f1s = new ArrayList<>();
        int pages = 0;
        int failed = 0;
        List<Path> folders;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            folders = list.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
        }
        for (Path folder : folders) {
            pages++;
            JsonNode expected = JSON.readTree(folder.resolve("expected-metadata.json").toFile());
            ParsedArticle article;
            try {
                article = formats.read("source.html", Files.readAllBytes(folder.resolve("source.html")))
                        .articles().getFirst();
            } catch (RuntimeException e) {
                failed++;
                System.out.printf("%-40s FAILED %s%n", folder.getFileName(), e);
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-40s", folder.getFileName()));
            score(fields, line, "title", text(expected, "title"), article.title(), false);
            score(fields, line, "byline", text(expected, "byline"), article.author(), true);
            score(fields, line, "site", text(expected, "siteName"), article.source(), false);
            score(fields, line, "date", text(expected, "publishedTime"),
                    article.publishedAt() == null ? null : article.publishedAt().toString(), true);
            score(fields, line, "lang", text(expected, "lang"), article.language(), true);
            if (Files.exists(folder.resolve("expected.html"))) {
                double f1 = f1(Jsoup.parse(Files.readString(folder.resolve("expected.html"))).text(), article.body());
                f1s.add(f1);
                line.append(String.format(" f1=%.3f", f1));
            }
            System.out.println(line);
        }
        System.out.printf("%npages %d, failed %d%n", pages, failed);
        fields.forEach((name, c) -> System.out.printf("%-7s %d of %d found, %d of %d equal (%.0f %%)%n",
                name, c[1], c[0], c[2], c[0], c[0] == 0 ? 0 : 100.0 * c[2] / c[0]));
        Collections.sort(f1s);
        if (!f1s.isEmpty()) {
            long below = f1s.stream().filter(f -> f < 0.5).count();
            System.out.printf("main text token F1: median %.3f, mean %.3f, %d of %d below 0.5%n",
                    f1s.get(f1s.size() / 2), f1s.stream().mapToDouble(d -> d).average().orElse(0), below, f1s.size());
        }
    }

    /** A byline, date or language matches loosely: one contains the other once reduced to letters and digits. */
    private static void score(Map<String, int[]> fields, StringBuilder line, String name, String expected,
                              String actual, boolean loose) {
        if (expected == null) {
            return;
        }
        int[] counts = fields.computeIfAbsent(name, n -> new int[3]);
        counts[0]++;
        if (actual == null) {
            line.append(' ').append(name).append("=MISSING[").append(expected).append(']');
            return;
        }
        counts[1]++;
        String e = loose ? reduced(expected) : expected.replaceAll("\\s+", " ").strip();
        String a = loose ? reduced(actual) : actual.replaceAll("\\s+", " ").strip();
        boolean equal = loose ? !a.isEmpty() && (e.contains(a) || a.contains(e)
                || (name.equals("date") && a.length() >= 8 && e.startsWith(a.substring(0, 8)))) : e.equals(a);
        if (equal) {
            counts[2]++;
        } else {
            line.append(' ').append(name).append("=[").append(actual).append("]!=[").append(expected).append(']');
        }
    }

    private static String reduced(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    /** Bag-of-words F1 of the lower-cased tokens, as extraction benchmarks score main text. */
    static double f1(String expected, String actual) {
        Map<String, Integer> want = tokens(expected);
        Map<String, Integer> got = tokens(actual);
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        if (wantTotal == 0 || gotTotal == 0) {
            return wantTotal == gotTotal ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            common += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) common / gotTotal;
        double recall = (double) common / wantTotal;
        return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
