package dev.newsflow.cli;

import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.cli.read.ArticleFiles.ReadFile;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.formats.RecordProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** {@code analyze PATH...}: one enriched article JSON per line on stdout; progress and problems on stderr. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Enriches article files in every format ingest reads (.txt, .md, .json, .jsonl, .html, "
                + ".rss/.atom/.xml, each optionally .gz; a directory means every such file in it) and prints one "
                + "enriched article JSON per line.")
final class AnalyzeCommand implements Callable<Integer> {

    private static final int BATCH = 64;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        // the engine's data loads while the format readers start and the first file is read
        CompletableFuture<LoadedEngine> engine = CompletableFuture.supplyAsync(
                () -> new LoadedEngine(NewsAnalyzer.load(), System.nanoTime()),
                task -> Thread.ofVirtual().name("engine-load").start(task));
        Clock clock = Clock.systemUTC();
        ArticleFiles files = new ArticleFiles(clock);
        EventJson json = new EventJson();
        int articles = 0;
        int skipped = 0;
        int failedFiles = 0;
        List<Path> inputs = files.expand(paths);
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
            NewsAnalyzer analyzer = engine.join().analyzer(); // an engine that cannot load ends the command
            // the engine is thread-safe: a file's articles are analysed on all cores, a batch at a time so that a
            // large file does not hold all its results in memory, and printed in file order
            List<ArticleIngested> raws = read.articles();
            for (int from = 0; from < raws.size(); from += BATCH) {
                List<Enriched> results = raws.subList(from, Math.min(from + BATCH, raws.size())).parallelStream()
                        .map(raw -> enrich(analyzer, json, clock, raw))
                        .toList();
                for (Enriched result : results) {
                    if (result.json() != null) {
                        out.println(result.json());
                        articles++;
                    } else {
                        skipped++;
                        err.printf("analyze: skipped %s article %s (%s): %s%n", file, result.raw().id(),
                                result.raw().title(), result.failure());
                    }
                }
            }
        }
        out.flush();
        long end = System.nanoTime();
        long loaded = engine.join().at();
        err.printf("analyze: %d articles from %d files in %d ms (engine loaded in %d ms, %.0f articles/s)%s%s%n",
                articles, inputs.size() - failedFiles, (end - start) / 1_000_000, (loaded - start) / 1_000_000,
                articles / Math.max((end - loaded) / 1e9, 1e-9),
                failedFiles == 0 ? "" : ", " + failedFiles + " files failed",
                skipped == 0 ? "" : ", " + skipped + " records skipped");
        return failedFiles == 0 && skipped == 0 ? 0 : 1;
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

    /** One article's enriched JSON, or why it could not be analysed. */
    private record Enriched(ArticleIngested raw, String json, RuntimeException failure) {
    }

    /** @param at when loading finished ({@link System#nanoTime()}) */
    private record LoadedEngine(NewsAnalyzer analyzer, long at) {
    }
}
