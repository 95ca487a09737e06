package dev.newsflow.bench;

import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.nlp.text.Sentence;
import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.events.ArticleText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Articles per second on one thread: each operation analyses the next article of the corpus, round robin, so the
 * score is articles/s. {@code engine} is the whole engine, {@code segment} its sentence splitter and tokeniser. The
 * state holds only the engine and the raw articles, so the heap given is what the engine needs; the parts that take
 * segmented sentences are in {@link PartsBenchmark}. Run with {@code -prof gc} for bytes allocated per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {

    @Param("../shared/corpus/bench.jsonl")
    public String corpus;

    private NewsAnalyzer engine;
    private TextSegmenter segmenter;
    private List<BenchCorpus.Article> articles;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() throws IOException {
        engine = NewsAnalyzer.load();
        segmenter = new TextSegmenter();
        articles = BenchCorpus.read(Path.of(corpus)).articles();
        texts = articles.stream().map(a -> ArticleText.of(a.title(), a.body())).toArray(String[]::new);
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Analysis engine() {
        BenchCorpus.Article article = articles.get(nextIndex());
        return engine.analyze(article.title(), article.body());
    }

    @Benchmark
    public List<Sentence> segment() {
        return segmenter.segment(texts[nextIndex()]);
    }
}
