package dev.newsflow.enrich.cli;

import dev.newsflow.enrich.cli.read.ArticleFiles;
import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
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

/** {@code analyze PATH...}: one enriched article JSON per line on stdout; progress and problems on stderr. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Enriches article files (.txt layouts, .json, .jsonl; a directory means every file in it) and "
                + "prints one enriched article JSON per line.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        NewsAnalyzer analyzer = NewsAnalyzer.load();
        long loaded = System.nanoTime();
        Clock clock = Clock.systemUTC();
        ArticleFiles files = new ArticleFiles(clock);
        EventJson json = new EventJson();
        int articles = 0;
        int failedFiles = 0;
        List<Path> inputs = ArticleFiles.expand(paths);
        for (Path file : inputs) {
            try {
                for (ArticleIngested raw : files.read(file)) {
                    Analysis analysis = analyzer.analyze(raw.title(), raw.body());
                    out.println(json.writeString(ArticleEnriched.of(raw, analysis.language(), analysis.entities(),
                            analysis.sentiment(), analysis.keywords(), analysis.wordCount(), analyzer.version(),
                            clock.instant())));
                    articles++;
                }
            } catch (IOException | RuntimeException e) {
                failedFiles++;
                err.printf("analyze: skipped %s: %s%n", file, e.getMessage());
            }
        }
        out.flush();
        long end = System.nanoTime();
        err.printf("analyze: %d articles from %d files in %d ms (engine loaded in %d ms, %.0f articles/s)%s%n",
                articles, inputs.size() - failedFiles, (end - start) / 1_000_000, (loaded - start) / 1_000_000,
                articles / Math.max((end - loaded) / 1e9, 1e-9), failedFiles == 0 ? "" : ", " + failedFiles + " files failed");
        return failedFiles == 0 ? 0 : 1;
    }
}
