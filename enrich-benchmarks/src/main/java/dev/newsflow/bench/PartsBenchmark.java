package dev.newsflow.bench;

import dev.newsflow.nlp.keywords.KeywordExtractor;
import dev.newsflow.nlp.language.LanguageIdentifier;
import dev.newsflow.nlp.sentiment.SentimentAnalyzer;
import dev.newsflow.nlp.sentiment.ToneAnalysis;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's sentence-level parts on their own, articles/s on one thread: each operation takes the next article of
 * the corpus, already segmented in set-up so only the part is measured. The segmented corpus stays in the heap (about
 * 70 MB), hence the larger heap than {@link EngineBenchmark}'s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PartsBenchmark {

    @Param("../shared/corpus/bench.jsonl")
    public String corpus;

    private SentimentAnalyzer sentiment;
    private LanguageIdentifier language;
    private KeywordExtractor keywords;
    private String[] texts;
    private List<List<Sentence>> sentences;
    private int next;

    @Setup
    public void setUp() throws IOException {
        sentiment = SentimentAnalyzer.load();
        language = LanguageIdentifier.load();
        keywords = KeywordExtractor.load();
        texts = BenchCorpus.read(Path.of(corpus)).articles().stream()
                .map(a -> ArticleText.of(a.title(), a.body())).toArray(String[]::new);
        TextSegmenter segmenter = new TextSegmenter();
        sentences = Arrays.stream(texts).map(segmenter::segment).toList();
        long tokens = sentences.stream().flatMap(List::stream).mapToLong(s -> s.tokens().size()).sum();
        System.out.printf("%n[corpus] %d articles, %.1f tokens per article%n", texts.length, (double) tokens / texts.length);
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public ToneAnalysis sentiment() {
        int i = nextIndex();
        return sentiment.analyze(texts[i], sentences.get(i));
    }

    @Benchmark
    public String language() {
        return language.identify(texts[nextIndex()]);
    }

    @Benchmark
    public List<String> keywords() {
        int i = nextIndex();
        return keywords.extract(texts[i], sentences.get(i), 10);
    }
}
