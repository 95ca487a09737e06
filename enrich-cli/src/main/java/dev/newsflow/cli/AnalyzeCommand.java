package dev.newsflow.cli;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.nlp.NewsAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** {@code analyze PATH...}: one enriched article JSON per line on stdout; progress and problems on stderr. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = EngineVersionProvider.class)
final class AnalyzeCommand implements Callable<Integer> {

    /** The command's description, with the extensions the readers read, so that it never falls behind them. */
    static String description() {
        return "Enriches article files in every format ingest reads (." + String.join(", .", ArticleFormats.EXTENSIONS)
                + ", each optionally .gz; a directory means every such file in it) and prints one enriched article"
                + " JSON per line.";
    }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories")
    private List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "threads analysing articles (default: one per core); "
            + "the output is the same whatever the number")
    private int threads = AnalyzeArguments.DEFAULT_THREADS;

    @Spec
    private CommandSpec spec;

    private final AnalyzeRun run;

    /** @param clock stamps the articles' ingestion and enrichment times */
    AnalyzeCommand(Clock clock) {
        this.run = new AnalyzeRun(clock);
    }

    /**
     * {@link AnalyzeRun#startLoading()}, which {@link EnrichCommandLine} calls before picocli parses the arguments.
     */
    CompletableFuture<NewsAnalyzer> startLoading() {
        return run.startLoading();
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        return run.run(paths, threads, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
