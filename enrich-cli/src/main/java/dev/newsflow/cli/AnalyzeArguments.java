package dev.newsflow.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain arguments of {@code analyze} (paths, optionally {@code --threads N}), which {@link EnrichCommandLine} runs
 * without picocli. Anything else (help, an unknown option, an {@code @file}, a bad number, no path) is left to picocli,
 * so that what it answers (usage, errors, exit code 2) stays the same.
 *
 * @param paths   the files and directories, in order
 * @param threads threads analysing articles, at least 1
 */
record AnalyzeArguments(List<Path> paths, int threads) {

    static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();

    /** The arguments after {@code analyze}, or null when picocli must handle them. */
    static AnalyzeArguments plain(List<String> args) {
        List<Path> paths = new ArrayList<>();
        Integer threads = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String count = null;
            if (arg.equals("--threads") && i + 1 < args.size()) {
                count = args.get(++i);
            } else if (arg.startsWith("--threads=")) {
                count = arg.substring("--threads=".length());
            } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                return null;
            } else {
                try {
                    paths.add(Path.of(arg));
                } catch (InvalidPathException e) {
                    return null;
                }
                continue;
            }
            if (threads != null || !count.matches("[1-9][0-9]{0,3}")) { // picocli refuses an option given twice
                return null;
            }
            threads = Integer.parseInt(count);
        }
        return paths.isEmpty() ? null : new AnalyzeArguments(paths, threads == null ? DEFAULT_THREADS : threads);
    }
}
