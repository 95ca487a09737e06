package dev.newsflow.cli;

import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.cli.read.ArticleFiles.ReadFile;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.formats.RecordProblem;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One {@code analyze} run, without picocli: {@link AnalyzeCommand} runs it for the command line parsed by picocli, and
 * {@link EnrichCommandLine} directly for plain arguments ({@link AnalyzeArguments}), because picocli's classes
 * (Java 5 class files) cannot be kept in the JDK's AOT cache and cost a one-article run a third of its CPU.
 */
final class AnalyzeRun {

    /** Articles one task analyses: enough to amortise the hand-over, few enough to spread a small file. */
    private static final int CHUNK = 16;
    /** Chunks in flight per thread: keeps every core busy while the results wait to be printed in order. */
    private static final int WINDOW_PER_CORE = 8;

    private final Clock clock;
    private final RunTimer timer = new RunTimer();
    private CompletableFuture<NewsAnalyzer> engine;
    private PrintWriter out;
    private PrintWriter err;
    private int articles;
    private int skipped;

    /** @param clock stamps the articles' ingestion and enrichment times */
    AnalyzeRun(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts loading the engine's data, once; {@link #run} starts it at the latest. Started early, before picocli
     * parses the arguments, the load overlaps that, the format readers' start and the first file's reading.
     */
    synchronized CompletableFuture<NewsAnalyzer> startLoading() {
        if (engine == null) {
            engine = CompletableFuture.supplyAsync(() -> {
                NewsAnalyzer loaded = NewsAnalyzer.load();
                timer.engineLoaded(System.nanoTime());
                return loaded;
            }, task -> Thread.ofPlatform().name("engine-load").daemon().start(task));
        }
        return engine;
    }

    /**
     * Prints the enriched articles of the files and directories {@code paths} to {@code out}, analysed on
     * {@code threads} threads (at least 1); returns the exit code: 1 when a file or record was skipped.
     */
    int run(List<Path> paths, int threads, PrintWriter out, PrintWriter err) throws IOException {
        this.out = out;
        this.err = err;
        CompletableFuture<NewsAnalyzer> loading = startLoading();
        ArticleFiles files = new ArticleFiles(clock);
        EventJson json = new EventJson();
        int failedFiles = 0;
        List<Path> inputs = files.expand(paths);
        // the engine is thread-safe: files are read here, one after the other, while chunks of their articles
        // (from one file or many small ones) are analysed on every core; results are printed in input order
        Deque<Chunk> pending = new ArrayDeque<>();
        try (ExecutorService analysis = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("analyze-", 0).daemon().factory())) {
            for (Path file : inputs) {
                ReadFile read;
                try {
                    read = files.read(file);
                } catch (IOException | RuntimeException e) {
                    failedFiles++;
                    err.printf("analyze: skipped %s: %s%n", file, e.getMessage());
                    continue;
                }
                for (RecordProblem problem : read.problems()) {
                    err.printf("analyze: skipped %s %s%n", file, problem);
                }
                skipped += read.problems().size();
                NewsAnalyzer analyzer = loading.join(); // an engine that cannot load ends the command
                List<ArticleIngested> raws = read.articles();
                for (int from = 0; from < raws.size(); from += CHUNK) {
                    List<ArticleIngested> chunk = raws.subList(from, Math.min(from + CHUNK, raws.size()));
                    pending.add(new Chunk(file, CompletableFuture.supplyAsync(
                            () -> chunk.stream().map(raw -> enrich(analyzer, json, clock, raw)).toList(), analysis)));
                    while (pending.size() >= threads * WINDOW_PER_CORE) {
                        print(pending.poll());
                    }
                }
            }
            while (!pending.isEmpty()) {
                print(pending.poll());
            }
        }
        out.flush();
        loading.join();
        err.printf("analyze: %s%s%s%n", timer.summary(articles, inputs.size() - failedFiles),
                failedFiles == 0 ? "" : ", " + failedFiles + " files failed",
                skipped == 0 ? "" : ", " + skipped + " records skipped");
        return failedFiles == 0 && skipped == 0 ? 0 : 1;
    }

    private void print(Chunk chunk) {
        for (Enriched result : chunk.results().join()) {
            if (result.json() != null) {
                out.println(result.json());
                timer.printed(++articles);
            } else {
                skipped++;
                err.printf("analyze: skipped %s article %s (%s): %s%n", chunk.file(), result.raw().id(),
                        result.raw().title(), result.failure());
            }
        }
    }

    private static Enriched enrich(NewsAnalyzer analyzer, EventJson json, Clock clock, ArticleIngested raw) {
        try {
            Analysis analysis = analyzer.analyze(raw.title(), raw.body());
            return new Enriched(raw, json.writeString(ArticleEnriched.of(raw, analysis.languageOr(raw.language()),
                    analysis.entities(), analysis.sentiment(), analysis.keywords(), analysis.wordCount(), analyzer.version(),
                    clock.instant())), null);
        } catch (RuntimeException e) {
            return new Enriched(raw, null, e);
        }
    }

    /** A chunk of one file's articles, being analysed. */
    private record Chunk(Path file, CompletableFuture<List<Enriched>> results) {
    }

    /** One article's enriched JSON, or why it could not be analysed. */
    private record Enriched(ArticleIngested raw, String json, RuntimeException failure) {
    }
}
