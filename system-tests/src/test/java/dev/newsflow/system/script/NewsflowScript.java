package dev.newsflow.system.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.newsflow.system.harness.FreePorts;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.Repository;
import dev.newsflow.system.harness.TestDatabase;

/**
 * {@code ./newsflow} of the repository, run as a user runs it, on free ports with its own {@code NEWSFLOW_HOME}.
 * {@link #close()} runs {@code stop} and then ends, by pid, whatever its pid files still name.
 */
final class NewsflowScript implements AutoCloseable {

    private static final long COMMAND_TIMEOUT_MINUTES = 10;

    private final Path home;
    private final Map<String, String> environment = new HashMap<>();

    /** A new, empty {@code NEWSFLOW_HOME} under the build's work folder (its logs stay there for a look). */
    static Path newHome(String prefix) throws IOException {
        return Files.createTempDirectory(LocalPipeline.workDirectory(), prefix);
    }

    NewsflowScript(Path home) {
        this(home, null);
    }

    /** @param pathFirst a folder searched before the {@code PATH} for the commands the script runs, or null */
    NewsflowScript(Path home, Path pathFirst) {
        this.home = home;
        environment.put("NEWSFLOW_HOME", home.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("PATH", (pathFirst == null ? "" : pathFirst + ":") + System.getenv("PATH"));
        environment.put("NEWSFLOW_PROMETHEUS", "off");
        // small enrich transactions and store batches, so the stream lasts long enough to stop it half-way and the
        // stored count grows in small steps (enrich sets its own max.poll.records, so only the store takes the second)
        environment.put("NEWSFLOW_ENRICH_MAX_BATCH", "10");
        environment.put("SPRING_KAFKA_CONSUMER_MAXPOLLRECORDS", "25");
        for (String port : List.of("NEWSFLOW_KAFKA_PORT", "NEWSFLOW_KAFKA_CONTROLLER_PORT", "NEWSFLOW_INGEST_PORT",
                "NEWSFLOW_ENRICH_PORT", "NEWSFLOW_STORE_PORT")) {
            environment.put(port, Integer.toString(FreePorts.next()));
        }
        TestDatabase.environment().ifPresent(environment::putAll);
    }

    Path home() {
        return home;
    }

    /** Sets an environment variable for every later {@link #run}. */
    NewsflowScript with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    String storeUrl() {
        return "http://localhost:" + environment.get("NEWSFLOW_STORE_PORT");
    }

    String bootstrapServers() {
        return "localhost:" + environment.get("NEWSFLOW_KAFKA_PORT");
    }

    /** Runs {@code ./newsflow <command> <arguments>} to its end and returns its exit code and output. */
    Result run(String command, String... arguments) {
        List<String> words = new ArrayList<>(List.of(Repository.file("newsflow").toString(), command));
        words.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(words)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(COMMAND_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            System.out.printf("[newsflow %s] exit %d%n%s", command, process.exitValue(), output.indent(2));
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during ./newsflow " + command, e);
        }
    }

    @Override
    public void close() {
        run("stop");
        Path pids = home.resolve("run");
        if (!Files.isDirectory(pids)) {
            return;
        }
        try (Stream<Path> files = Files.list(pids)) {
            files.filter(file -> file.toString().endsWith(".pid")).forEach(NewsflowScript::endLeftOver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only a process started from this repository's jars: a pid left in a file may have been reused since. */
    private static void endLeftOver(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().commandLine().orElse("").contains(Repository.root().toString()))
                    .ifPresent(ProcessHandle::destroyForcibly);
        } catch (IOException | NumberFormatException e) {
            // nothing we can identify
        }
    }

    /** The line {@code ./newsflow status} prints for {@code component}. */
    String statusLine(String component) {
        return run("status").output().lines().filter(line -> line.strip().startsWith(component + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("./newsflow status printed no line for " + component));
    }

    /**
     * The pid {@code ./newsflow} recorded for {@code component}, or empty while there is none: no pid file, or one
     * being written.
     */
    OptionalLong recordedPid(String component) {
        try {
            String recorded = Files.readString(home.resolve("run/" + component + ".pid")).trim();
            return recorded.matches("[0-9]+") ? OptionalLong.of(Long.parseLong(recorded)) : OptionalLong.empty();
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pid {@code ./newsflow} recorded for {@code component}. */
    long pid(String component) {
        return recordedPid(component).orElseThrow(() -> new IllegalStateException("no pid recorded for " + component));
    }

    /**
     * The CPU priority {@code component} runs at: its process's nice (what {@code ps -o ni} shows), and the nice of its
     * own scheduling group where Linux gives it one (an autogroup per session: {@code /proc/<pid>/autogroup}).
     */
    Priority priority(String component) {
        try {
            long pid = pid(component);
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // after the command's closing parenthesis: field 3 (the state) onwards; the nice is field 19
            int nice = Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
            Path group = Path.of("/proc/" + pid + "/autogroup");
            Path ours = Path.of("/proc/self/autogroup");
            if (!Files.isReadable(group) || !Files.isReadable(ours)) {
                return new Priority(nice, OptionalInt.empty());
            }
            String[] groupLine = Files.readString(group).trim().split(" ");
            boolean ownGroup = !groupLine[0].equals(Files.readString(ours).trim().split(" ")[0]);
            return new Priority(nice, ownGroup ? OptionalInt.of(Integer.parseInt(groupLine[2])) : OptionalInt.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exitCode, String output) {
    }

    /** @param group the nice of the component's own autogroup; empty where it has none of its own */
    record Priority(int nice, OptionalInt group) {
    }
}
