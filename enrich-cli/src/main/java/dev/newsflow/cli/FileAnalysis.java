package dev.newsflow.cli;

import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.cli.read.ArticleFiles.ReadFile;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.formats.RecordProblem;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One input file's work for {@code analyze}, done on the analysing threads: reading and parsing the file (which on
 * one thread of their own kept a core busy beside the two analysing ones for a sixth of a run's CPU) and analysing
 * its articles. A file of more than {@link #CHUNK} articles is split into chunks handed to the other threads too.
 */
final class FileAnalysis {

    /** Articles one task analyses: enough to amortise the hand-over, few enough to spread a large file. */
    static final int CHUNK = 16;

    private final ArticleFiles files;
    private final EventJson json;
    private final Clock clock;
    private final CompletableFuture<NewsAnalyzer> engine;
    private final Executor threads;

    FileAnalysis(ArticleFiles files, EventJson json, Clock clock, CompletableFuture<NewsAnalyzer> engine,
                 Executor threads) {
        this.files = files;
        this.json = json;
        this.clock = clock;
        this.engine = engine;
        this.threads = threads;
    }

    /** Reads and analyses {@code file} on the analysing threads; never blocks on work queued behind it. */
    CompletableFuture<Result> start(Path file) {
        return CompletableFuture.supplyAsync(() -> analyse(file), threads);
    }

    private Result analyse(Path file) {
        ReadFile read;
        try {
            read = files.read(file);
        } catch (Exception e) {
            return new Result(file, e.getMessage(), List.of(), List.of());
        }
        NewsAnalyzer analyzer = engine.join(); // an engine that cannot load ends the command
        List<ArticleIngested> raws = read.articles();
        List<CompletableFuture<List<Enriched>>> chunks = new ArrayList<>();
        // the other chunks first, so that the other threads start on them while this one does the first
        for (int from = CHUNK; from < raws.size(); from += CHUNK) {
            List<ArticleIngested> chunk = raws.subList(from, Math.min(from + CHUNK, raws.size()));
            chunks.add(CompletableFuture.supplyAsync(() -> enrich(analyzer, chunk), threads));
        }
        chunks.addFirst(CompletableFuture.completedFuture(enrich(analyzer, raws.subList(0, Math.min(CHUNK, raws.size())))));
        return new Result(file, null, read.problems(), chunks);
    }

    private List<Enriched> enrich(NewsAnalyzer analyzer, List<ArticleIngested> chunk) {
        return chunk.stream().map(raw -> enrich(analyzer, raw)).toList();
    }

    private Enriched enrich(NewsAnalyzer analyzer, ArticleIngested raw) {
        try {
            Analysis analysis = analyzer.analyze(raw.title(), raw.body());
            return new Enriched(raw, json.writeString(ArticleEnriched.of(raw, analysis.languageOr(raw.language()),
                    analysis.entities(), analysis.sentiment(), analysis.keywords(), analysis.wordCount(),
                    analyzer.version(), clock.instant())), null);
        } catch (RuntimeException e) {
            return new Enriched(raw, null, e);
        }
    }

    /**
     * A file's outcome: why it could not be read ({@code failure}, else null), the records of it that were skipped,
     * and its articles in chunks, in order.
     */
    record Result(Path file, String failure, List<RecordProblem> problems,
                  List<CompletableFuture<List<Enriched>>> chunks) {
    }

    /** One article's enriched JSON, or why it could not be analysed. */
    record Enriched(ArticleIngested raw, String json, RuntimeException failure) {
    }
}
