package dev.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

/**
 * The engine's commands ({@code analyze}, {@code evaluate}, {@code fit-tone}, {@code identity}, {@code train}), run by
 * the enrich-service jar without Kafka.
 */
public final class EnrichCommandLine {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private EnrichCommandLine() {
    }

    /**
     * True when the arguments ask for a command, or for help or the version, rather than the service. The service
     * takes options only ({@code --server.port=0}), so a first word that is none is a command, misspelt perhaps
     * ({@code analyse}), which the command line names with the commands it has, instead of a service starting.
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || HELP.contains(args[0]));
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
        }
    }

    /** Runs the command with results written to {@code out} and logs and errors to {@code err}. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemUTC());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with {@code clock} stamping what {@code analyze} prints. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        if (args.length > 0 && args[0].equals("analyze")) {
            AnalyzeArguments plain = AnalyzeArguments.plain(Arrays.asList(args).subList(1, args.length));
            if (plain != null) {
                return analyze(plain, new AnalyzeRun(clock), out, err);
            }
        }
        return parsed(args, out, err, clock);
    }

    /**
     * Plain {@code analyze} arguments, run without picocli: its 172 classes are Java 5 class files, which the JDK's
     * AOT cache cannot hold, so loading, verifying and interpreting them cost a one-article run ~0.3 CPU-s
     * (measured: {@code evaluate --help} 0.5 CPU-s against 0.1 for the JVM alone).
     * An exception ends the run as picocli ends it: its stack trace on {@code err}, exit code 1.
     */
    private static int analyze(AnalyzeArguments arguments, AnalyzeRun run, PrintWriter out, PrintWriter err) {
        try {
            return run.run(arguments.paths(), arguments.threads(), out, err);
        } catch (Exception e) {
            e.printStackTrace(err);
            return 1;
        }
    }

    private static int parsed(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        AnalyzeCommand analyze = new AnalyzeCommand(clock);
        if (args.length > 0 && args[0].equals("analyze") && Arrays.stream(args).noneMatch(HELP::contains)) {
            analyze.startLoading(); // the engine loads while picocli sets itself up (172 classes from its jar)
        }
        CommandLine line = new CommandLine(new Root())
                .addSubcommand(analyze)
                .addSubcommand(new EvaluateCommand())
                .addSubcommand(new FitToneCommand())
                .addSubcommand(new IdentityCommand())
                .addSubcommand(new TrainCommand())
                .setOut(out)
                .setErr(err);
        line.getSubcommands().get("analyze").getCommandSpec().usageMessage().description(AnalyzeCommand.description());
        return line.execute(args);
    }

    @Command(name = "enrich-service", mixinStandardHelpOptions = true, versionProvider = EngineVersionProvider.class,
            description = "Runs the newsflow enrich engine on article files, without Kafka.")
    static final class Root {
    }
}
