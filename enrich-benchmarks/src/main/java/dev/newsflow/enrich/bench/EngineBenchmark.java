package dev.newsflow.enrich.bench;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.NewsAnalyzer;
import dev.newsflow.enrich.nlp.keywords.KeywordExtractor;
import dev.newsflow.enrich.nlp.language.LanguageIdentifier;
import dev.newsflow.enrich.nlp.sentiment.SentimentAnalyzer;
import dev.newsflow.enrich.nlp.sentiment.ToneAnalysis;
import dev.newsflow.enrich.nlp.text.Sentence;
import dev.newsflow.enrich.nlp.text.TextSegmenter;
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
 * score is articles/s. {@code engine} is the whole engine; the others are its parts on the same articles (the
 * sentence-level parts get the article already segmented). Run with {@code -prof gc} for bytes allocated per article.
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
    private SentimentAnalyzer sentiment;
    private LanguageIdentifier language;
    private KeywordExtractor keywords;
    private List<BenchCorpus.Article> articles;
    private String[] texts;
    private List<List<Sentence>> sentences;
    private int next;

    @Setup
    public void setUp() throws IOException {
        engine = NewsAnalyzer.load();
        segmenter = new TextSegmenter();
        sentiment = SentimentAnalyzer.load();
        language = LanguageIdentifier.load();
        keywords = KeywordExtractor.load();
        articles = BenchCorpus.read(Path.of(corpus)).articles();
        texts = articles.stream().map(a -> ArticleText.of(a.title(), a.body())).toArray(String[]::new);
        sentences = java.util.Arrays.stream(texts).map(segmenter::segment).toList();
        long tokens = sentences.stream().flatMap(List::stream).mapToLong(s -> s.tokens().size()).sum();
        System.out.printf("%n[corpus] %d articles, %.1f tokens per article%n", texts.length, (double) tokens / texts.length);
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
        return keywords.extract(texts[i], sentences.get(i), 8);
    }
}
