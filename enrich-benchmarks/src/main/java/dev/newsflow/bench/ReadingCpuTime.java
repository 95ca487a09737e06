package dev.newsflow.bench;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import org.jsoup.Jsoup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The same reads as {@link ReadingBenchmark}, counted per CPU-second of the reading thread instead of per wall
 * second: on a machine shared with other builds the wall-clock figure measures the queue for a core, this one much
 * less so. Prints the median of 10 rounds of 640 reads after 10 warm-up rounds.
 *
 * <p>With {@code parse}, rounds that only parse the same pages with jsoup (from text decoded beforehand) alternate
 * with the whole reads, and the median ratio of the two is printed too: what a read costs at the least while jsoup
 * builds the page's tree, so the ceiling a whole read can approach, measured in the same minutes as the reads.
 *
 * <pre>java -cp benchmarks.jar dev.newsflow.bench.ReadingCpuTime [pageBytes] [parse]</pre>
 */
public final class ReadingCpuTime {

    private static final int ROUNDS = 10;
    private static final int READS_PER_ROUND = 640;

    private ReadingCpuTime() {
    }

    public static void main(String[] args) {
        int pageBytes = args.length > 0 ? Integer.parseInt(args[0]) : 51_200;
        boolean withParse = args.length > 1 && args[1].equals("parse");
        List<byte[]> pages = SyntheticPages.readingSet(pageBytes);
        List<IntUnaryOperator> kinds = withParse ? List.of(read(pages), parse(pages)) : List.of(read(pages));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] perCpuSecond = new double[kinds.size()][ROUNDS];
        double[] ratios = new double[ROUNDS];
        long checksum = 0;
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            for (int k = 0; k < kinds.size(); k++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < READS_PER_ROUND; i++) {
                    checksum += kinds.get(k).applyAsInt(i % pages.size());
                }
                if (round >= 0) {
                    perCpuSecond[k][round] = READS_PER_ROUND / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
                }
            }
            if (round >= 0 && withParse) {
                ratios[round] = perCpuSecond[0][round] / perCpuSecond[1][round];
            }
        }
        String[] names = {"pages", "jsoup parses alone"};
        for (int k = 0; k < kinds.size(); k++) {
            Arrays.sort(perCpuSecond[k]);
            System.out.printf("%s per CPU-second (%d-byte pages): median %.0f, range %.0f-%.0f (checksum %d)%n",
                    names[k], pageBytes, median(perCpuSecond[k]), perCpuSecond[k][0], perCpuSecond[k][ROUNDS - 1],
                    checksum);
        }
        if (withParse) {
            Arrays.sort(ratios);
            System.out.printf("whole read / parse alone, per round: median %.2f, range %.2f-%.2f%n", median(ratios),
                    ratios[0], ratios[ROUNDS - 1]);
        }
    }

    private static double median(double[] sorted) {
        return (sorted[ROUNDS / 2 - 1] + sorted[ROUNDS / 2]) / 2;
    }

    private static IntUnaryOperator read(List<byte[]> pages) {
        ArticleFormats formats = new ArticleFormats(FormatLimits.DEFAULTS);
        return i -> formats.read("page.html", pages.get(i)).articles().getFirst().body().length();
    }

    private static IntUnaryOperator parse(List<byte[]> pages) {
        List<String> texts = pages.stream().map(page -> new String(page, StandardCharsets.UTF_8)).toList();
        return i -> Jsoup.parse(texts.get(i)).childNodeSize();
    }
}
