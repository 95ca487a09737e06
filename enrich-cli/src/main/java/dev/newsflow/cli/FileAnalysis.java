package dev.newsflow.cli;

import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.cli.read.ArticleFiles.ReadFile;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.formats.RecordProblem;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The work of {@code analyze} on its analysing threads. A small file (a dropped article) is read, parsed and analysed
 * there whole: read on the printing thread, one after the other, the files kept a third thread busy for a sixth of a
 * run's CPU beside the two analysing ones. A large file (an export or feed, up to 50 MB) is read by the caller, one at a
 * time so that memory stays bounded, and its articles analysed in chunks of {@link #CHUNK} over all threads.
 */
final class FileAnalysis {

    /** Articles one task analyses: enough to amortise the hand-over, few enough to spread a large file. */
    static final int CHUNK = 16;
    /** Files up to this size are read on an analysing thread: dozens of articles at the most. */
    private static final long SMALL_FILE = 64 * 1024;

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

    /**
     * True when {@code file} is read whole on an analysing thread ({@link #whole}); unknown sizes count as small. A
     * compressed file never does: a few KB of gzip can inflate to thousands of articles, and several such files read
     * whole at once would hold them all.
     */
    static boolean small(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return false;
        }
        try {
            return Files.size(file) <= SMALL_FILE;
        } catch (IOException | RuntimeException e) {
            return true; // the read reports why
        }
    }

    /** Reads, parses and analyses a small file on an analysing thread. */
    CompletableFuture<Part> whole(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            ReadFile read;
            try {
                read = files.read(file);
            } catch (IOException | RuntimeException e) {
                return Part.failed(file, e);
            }
            return new Part(file, null, read.problems(), enrich(read.articles()));
        }, threads);
    }

    /**
     * A large file read on the calling thread: one part per chunk, the first with the records skipped. The chunks are
     * handed to the analysing threads as the stream is consumed, so that the caller can pace them.
     */
    Stream<CompletableFuture<Part>> chunked(Path file) {
        ReadFile read;
        try {
            read = files.read(file);
        } catch (IOException | RuntimeException e) {
            return Stream.of(CompletableFuture.completedFuture(Part.failed(file, e)));
        }
        List<ArticleIngested> raws = read.articles();
        return IntStream.iterate(0, from -> from == 0 || from < raws.size(), from -> from + CHUNK)
                .mapToObj(from -> {
                    List<ArticleIngested> chunk = raws.subList(from, Math.min(from + CHUNK, raws.size()));
                    List<RecordProblem> problems = from == 0 ? read.problems() : List.of();
                    return CompletableFuture.supplyAsync(() -> new Part(file, null, problems, enrich(chunk)), threads);
                });
    }

    private List<Enriched> enrich(List<ArticleIngested> raws) {
        NewsAnalyzer analyzer = engine.join(); // an engine that cannot load ends the command
        return raws.stream().map(raw -> enrich(analyzer, raw)).toList();
    }

    private Enriched enrich(NewsAnalyzer analyzer, ArticleIngested raw) {
        try {
            Analysis analysis = analyzer.analyze(raw.title(), raw.body(), raw.source());
            return new Enriched(raw, json.writeString(ArticleEnriched.of(raw, analysis.languageOr(raw.language()),
                    analysis.entities(), analysis.sentiment(), analysis.keywords(), analysis.wordCount(),
                    analyzer.version(), clock.instant())), null);
        } catch (RuntimeException e) {
            return new Enriched(raw, null, e);
        }
    }

    /**
     * Articles of one file to print, in order: the whole file or one chunk of it; {@code failure} says why the file
     * could not be read (then nothing else is set), {@code problems} which of its records were skipped.
     */
    record Part(Path file, String failure, List<RecordProblem> problems, List<Enriched> articles) {

        static Part failed(Path file, Exception e) {
            // the file system's exceptions name only the file, which the line names already
            String why = switch (e) {
                case NoSuchFileException missing -> "no such file";
                case AccessDeniedException denied -> "permission denied";
                default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            };
            return new Part(file, why, List.of(), List.of());
        }
    }

    /** One article's enriched JSON, or why it could not be analysed. */
    record Enriched(ArticleIngested raw, String json, RuntimeException failure) {
    }
}
