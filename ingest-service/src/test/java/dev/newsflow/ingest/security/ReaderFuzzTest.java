package dev.newsflow.ingest.security;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every reader, through the public {@link ArticleFormats} API, against {@value #INPUTS} seeded hostile inputs: each
 * must end as articles within the limits or a {@link FormatException} with a reason and a message, never another
 * exception, a hang (a generous per-input bound, enforced preemptively) or allocation out of proportion to the
 * limits (zip and entity bombs). {@code -Dnewsflow.fuzz.seed=N -Dnewsflow.fuzz.inputs=M} replays or explores.
 */
class ReaderFuzzTest {

    static final long SEED = Long.getLong("newsflow.fuzz.seed", 15_2026L);
    static final int INPUTS = Integer.getInteger("newsflow.fuzz.inputs", 10_000);
    /** Small limits so that the inputs cross them often and the run stays quick. */
    static final FormatLimits LIMITS = new FormatLimits(64 << 10, 16 << 10, 256 << 10);
    /**
     * All a read may allocate in total, however hostile the input: a fixed multiple of the largest content (a
     * deeply nested 30 KB feed costs the XML parser about 23 MB; an entity or zip bomb would cost gigabytes).
     */
    static final long MAX_ALLOCATED = 256L * LIMITS.maxDecompressedBytes();
    static final Duration PER_INPUT = Duration.ofSeconds(20);

    private final ArticleFormats formats = new ArticleFormats(LIMITS);
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void everyInputEndsAsArticlesWithinTheLimitsOrAClearError() {
        HostileInputs inputs = new HostileInputs(SEED, 4 * (int) LIMITS.maxDecompressedBytes());
        List<String> failures = new ArrayList<>();
        int articles = 0;
        int errors = 0;
        long mostAllocated = 0;
        long start = System.nanoTime();
        for (int n = 0; n < INPUTS; n++) {
            HostileInputs.Input input = inputs.input(n, (int) LIMITS.maxFileBytes());
            Outcome outcome = assertTimeoutPreemptively(PER_INPUT, () -> read(input),
                    "input #" + n + " of seed " + SEED + " (" + input + ") did not finish");
            mostAllocated = Math.max(mostAllocated, outcome.allocated());
            if (outcome.problem() != null) {
                failures.add("input #" + n + " of seed " + SEED + " (" + input + "): " + outcome.problem());
            } else if (outcome.articles() > 0) {
                articles++;
            } else {
                errors++;
            }
        }
        System.out.printf("reader fuzz: seed %d, %d inputs tried: %d gave articles, %d a clear error; most allocated"
                + " by one read %d KB (bound %d KB); %d ms%n", SEED, INPUTS, articles, errors, mostAllocated >> 10,
                MAX_ALLOCATED >> 10, (System.nanoTime() - start) / 1_000_000);
        assertThat(failures).as("%d of %d inputs failed; the first ones", failures.size(), INPUTS).isEmpty();
        assertThat(articles).as("inputs that still gave articles (the mutations left some readable)").isPositive();
        assertThat(errors).as("inputs refused with a clear error").isPositive();
    }

    private Outcome read(HostileInputs.Input input) {
        long before = threads.getCurrentThreadAllocatedBytes();
        String problem = null;
        int count = 0;
        try {
            FormatResult result = formats.read(input.name(), input.content());
            count = result.articles().size();
            problem = result.articles().stream().map(ReaderFuzzTest::problemWith).filter(p -> p != null).findFirst()
                    .orElse(count == 0 && !result.hasProblems() ? "no articles and no problem said why" : null);
        } catch (FormatException e) {
            if (e.reason() == null || e.getMessage() == null || e.getMessage().isBlank()) {
                problem = "a FormatException without reason or message";
            }
        } catch (RuntimeException | StackOverflowError e) {
            problem = "threw " + e;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        if (problem == null && allocated > MAX_ALLOCATED) {
            problem = "allocated " + (allocated >> 10) + " KB, more than " + (MAX_ALLOCATED >> 10) + " KB";
        }
        return new Outcome(count, problem, allocated);
    }

    private static String problemWith(ParsedArticle article) {
        if (article.title() == null || article.title().isBlank() || article.body() == null || article.body().isBlank()) {
            return "an article without title or body";
        }
        long size = (article.title() + article.body()).getBytes(StandardCharsets.UTF_8).length;
        if (size > LIMITS.maxArticleBytes()) {
            return "an article of " + size + " bytes, over the limit of " + LIMITS.maxArticleBytes();
        }
        if ((article.title() + article.body()).chars().anyMatch(c -> c == 0)) {
            return "an article with a NUL character";
        }
        return null;
    }

    private record Outcome(int articles, String problem, long allocated) {
    }
}
