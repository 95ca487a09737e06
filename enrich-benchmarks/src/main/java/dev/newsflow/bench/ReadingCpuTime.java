package dev.newsflow.bench;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The same reads as {@link ReadingBenchmark}, counted per CPU-second of the reading thread instead of per wall
 * second: on a machine shared with other builds the wall-clock figure measures the queue for a core, this one much
 * less so. Prints the median of 10 rounds of 640 reads after 10 warm-up rounds.
 *
 * <pre>java -cp benchmarks.jar dev.newsflow.bench.ReadingCpuTime [pageBytes]</pre>
 */
public final class ReadingCpuTime {

    private static final int ROUNDS = 10;
    private static final int READS_PER_ROUND = 640;

    private ReadingCpuTime() {
    }

    public static void main(String[] args) {
        int pageBytes = args.length > 0 ? Integer.parseInt(args[0]) : 51_200;
        ArticleFormats formats = new ArticleFormats(FormatLimits.DEFAULTS);
        List<byte[]> pages = SyntheticPages.generate(32, pageBytes, 13L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perCpuSecond = new double[ROUNDS];
        long checksum = 0;
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < READS_PER_ROUND; i++) {
                checksum += formats.read("page.html", pages.get(i % pages.size())).articles().getFirst().body().length();
            }
            if (round >= 0) {
                perCpuSecond[round] = READS_PER_ROUND / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        Arrays.sort(perCpuSecond);
        System.out.printf("pages per CPU-second (%d-byte pages): median %.0f, range %.0f-%.0f (checksum %d)%n",
                pageBytes, (perCpuSecond[ROUNDS / 2 - 1] + perCpuSecond[ROUNDS / 2]) / 2, perCpuSecond[0],
                perCpuSecond[ROUNDS - 1], checksum);
    }
}
