package dev.newsflow.cli;

import dev.newsflow.cli.FileAnalysis.Enriched;
import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.events.EventJson;
import dev.newsflow.formats.RecordProblem;
import dev.newsflow.nlp.NewsAnalyzer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
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

    /** Files or chunks in flight per thread: keeps every core busy while the results wait to be printed in order. */
    private static final int WINDOW_PER_CORE = 8;

    private final Clock clock;
    private final RunTimer timer = new RunTimer();
    private CompletableFuture<NewsAnalyzer> engine;
    private PrintWriter out;
    private PrintWriter err;
    private int articles;
    private int skipped;
    private int failedFiles;

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
        List<Path> inputs = files.expand(paths);
        // the engine is thread-safe: small files (drops) are read and analysed whole on the analysing threads, a
        // large file is read here and its articles analysed in chunks over all of them; this thread prints in order
        Deque<CompletableFuture<FileAnalysis.Part>> pending = new ArrayDeque<>();
        try (ExecutorService analysis = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("analyze-", 0).daemon().factory())) {
            FileAnalysis work = new FileAnalysis(files, new EventJson(), clock, loading, analysis);
            for (Path file : inputs) {
                Iterator<CompletableFuture<FileAnalysis.Part>> parts = FileAnalysis.small(file)
                        ? List.of(work.whole(file)).iterator() : work.chunked(file).iterator();
                while (parts.hasNext()) {
                    pending.add(parts.next());
                    while (pending.size() >= threads * WINDOW_PER_CORE) {
                        print(pending.poll().join());
                    }
                }
            }
            while (!pending.isEmpty()) {
                print(pending.poll().join());
            }
        }
        out.flush();
        loading.join();
        err.printf("analyze: %s%s%s%n", timer.summary(articles, inputs.size() - failedFiles),
                failedFiles == 0 ? "" : ", " + failedFiles + " files failed",
                skipped == 0 ? "" : ", " + skipped + " records skipped");
        return failedFiles == 0 && skipped == 0 ? 0 : 1;
    }

    private void print(FileAnalysis.Part file) {
        if (file.failure() != null) {
            failedFiles++;
            err.printf("analyze: skipped %s: %s%n", file.file(), file.failure());
            return;
        }
        for (RecordProblem problem : file.problems()) {
            err.printf("analyze: skipped %s %s%n", file.file(), problem);
        }
        skipped += file.problems().size();
        for (Enriched result : file.articles()) {
            if (result.json() != null) {
                out.println(result.json());
                timer.printed(++articles);
            } else {
                skipped++;
                err.printf("analyze: skipped %s article %s (%s): %s%n", file.file(), result.raw().id(),
                        result.raw().title(), result.failure());
            }
        }
    }
}
