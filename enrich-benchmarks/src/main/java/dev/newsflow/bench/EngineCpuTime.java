package dev.newsflow.bench;

import dev.newsflow.nlp.NewsAnalyzer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The whole engine of {@link EngineBenchmark}, counted per CPU-second of the analysing thread instead of per wall
 * second: on a machine shared with other builds the wall-clock figure measures the queue for a core, this one much
 * less so. Prints the median of 10 rounds over the whole corpus after 5 warm-up rounds, and the heap in use after
 * loading and a full collection.
 *
 * <pre>java -cp benchmarks.jar dev.newsflow.bench.EngineCpuTime corpus.jsonl</pre>
 */
public final class EngineCpuTime {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 10;

    private EngineCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        List<BenchCorpus.Article> articles = BenchCorpus.read(Path.of(args[0])).articles();
        NewsAnalyzer engine = NewsAnalyzer.load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perCpuSecond = new double[ROUNDS];
        long checksum = 0;
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (BenchCorpus.Article a : articles) {
                checksum += engine.analyze(a.title(), a.body()).entities().size();
            }
            if (round >= 0) {
                perCpuSecond[round] = articles.size() / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        Arrays.sort(perCpuSecond);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("articles per CPU-second: median %.0f, range %.0f-%.0f (entities %d); heap in use %.1f MB%n",
                (perCpuSecond[ROUNDS / 2 - 1] + perCpuSecond[ROUNDS / 2]) / 2, perCpuSecond[0],
                perCpuSecond[ROUNDS - 1], checksum, (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0);
        Reference.reachabilityFence(engine); // the engine's data counts in the heap figure
    }
}
