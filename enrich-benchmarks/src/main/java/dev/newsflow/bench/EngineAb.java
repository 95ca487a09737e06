package dev.newsflow.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link EngineCpuTime} for two builds at once, as {@link ReadingAb} does for reading: each benchmarks jar in its own
 * class loader, whole rounds over the corpus taken in turn in one thread (the first of a pair alternating), so both
 * see the same load. Two runs of EngineCpuTime a minute apart differed by more than the change measured (1,909 and
 * 2,418 per CPU-second for one build at a load of 8-10 on 2 cores); the per-round ratio of a pair did much less.
 * Prints each build's median per CPU-second and the median of the per-round ratios B/A, after 5 warm-up rounds.
 *
 * <pre>java -Xmx800m -XX:+UseSerialGC -cp benchmarks.jar dev.newsflow.bench.EngineAb a.jar b.jar corpus.jsonl [rounds]</pre>
 */
public final class EngineAb {

    private static final int WARM_UP = 5;

    private EngineAb() {
    }

    public static void main(String[] args) throws Exception {
        List<BenchCorpus.Article> articles = BenchCorpus.read(Path.of(args[2])).articles();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Engine[] engines = {new Engine(Path.of(args[0])), new Engine(Path.of(args[1]))};
        long[] checksum = {0};
        PairedRounds.Result result = PairedRounds.run(WARM_UP, rounds, build -> {
            for (BenchCorpus.Article a : articles) {
                checksum[0] += engines[build].analyze(a.title(), a.body()).hashCode() & 1;
            }
            return articles.size();
        });
        for (int e = 0; e < 2; e++) {
            System.out.printf("%s: articles per CPU-second median %.0f, range %.0f-%.0f%n", args[e],
                    result.medianRate(e), result.slowestRate(e), result.fastestRate(e));
        }
        double[] ratio = result.rateRatios();
        System.out.printf("B/A per round: median %.3f, range %.3f-%.3f (%d rounds; %d)%n",
                PairedRounds.Result.median(ratio), ratio[0], ratio[rounds - 1], rounds, checksum[0]);
    }

    /** NewsAnalyzer of one jar, called by reflection since both jars hold classes of the same names. */
    private static final class Engine {
        private final Object analyzer;
        private final Method analyze;

        Engine(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> analyzerClass = loader.loadClass("dev.newsflow.nlp.NewsAnalyzer");
            analyzer = analyzerClass.getMethod("load").invoke(null);
            analyze = analyzerClass.getMethod("analyze", String.class, String.class);
        }

        Object analyze(String title, String body) throws Exception {
            return analyze.invoke(analyzer, title, body);
        }
    }
}
