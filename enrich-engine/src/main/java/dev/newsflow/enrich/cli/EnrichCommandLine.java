package dev.newsflow.enrich.cli;

import java.util.Set;

/** The engine's commands ({@code analyze}, {@code evaluate}), run by the enrich-service jar without Kafka. */
public final class EnrichCommandLine {

    private static final Set<String> COMMANDS = Set.of("analyze", "evaluate");

    private EnrichCommandLine() {
    }

    /** True when the arguments ask for a command rather than the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        System.err.println("not implemented yet: " + args[0]);
        return 2;
    }
}
