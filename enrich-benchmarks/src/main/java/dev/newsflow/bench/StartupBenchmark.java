package dev.newsflow.bench;

import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Start-up cost in a fresh JVM (single shot, one per fork, so nothing is warm): {@code load} is
 * {@link NewsAnalyzer#load()}, which returns while the sentiment lexicon is still being read in the background;
 * {@code firstArticle} also analyses one short English article, so it waits for every part an English article needs.
 * The language profiles are not in either: they are read when the first article that is not plainly English arrives.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {

    private static final String TITLE = "Council approves new tram line";
    private static final String BODY = "The city council approved a new tram line on Tuesday, and the mayor said "
            + "that work would start in the spring. Residents welcomed the decision.";

    @Benchmark
    public NewsAnalyzer load() {
        return NewsAnalyzer.load();
    }

    @Benchmark
    public Analysis firstArticle() {
        return NewsAnalyzer.load().analyze(TITLE, BODY);
    }
}
