package dev.newsflow.ingest.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Ingest alone (issue 12): how fast one ingest-service process turns files dropped at once into published articles,
 * against the local-kafka broker, both as the built jars. Not a test, and JDK-only, so it runs as a source file:
 * <pre>
 * ./mvnw -o -q -pl local-kafka,ingest-service -am package -DskipTests
 * java ingest-service/src/test/java/dev/newsflow/ingest/bench/IngestThroughput.java 20000 1
 * </pre>
 * Arguments: files, articles per file (1: {@code .txt}; more: {@code .jsonl}), optionally the ingest jar (to compare
 * builds) and the local-kafka jar. {@code BENCH_JVM_ARGS} is added to ingest's command line (e.g. a JFR recording),
 * {@code BENCH_KAFKA_JVM_ARGS} to the broker's; {@code BENCH_THREADS=1} adds CPU per article of each thread;
 * {@code BENCH_BODY_CHARS=2000} lengthens each one-article file's body to about that many characters (the corpus's
 * articles have ~2,100: ids and content hashes cost by the byte).
 * The clock starts once the last file is renamed into the inbox ({@code min-age} 0) and stops when every file is in
 * processed/; the articles count is ingest's own {@code newsflow_ingest_articles_published_total}. CPU per article
 * (utime + stime from {@code /proc}, counted from before the first file is dropped) and peak RSS are per process,
 * the figures that mean something on a loaded machine.
 */
public final class IngestThroughput {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private IngestThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String ingestJar = args.length > 2 ? args[2] : "ingest-service/target/ingest-service-0.1.0-SNAPSHOT.jar";
        String kafkaJar = args.length > 3 ? args[3] : "local-kafka/target/local-kafka-0.1.0-SNAPSHOT.jar";
        Path home = Files.createTempDirectory("ingest-bench");
        Files.createDirectories(home.resolve("logs"));
        int kafkaPort = freePort();
        int httpPort = freePort();
        List<Process> processes = new ArrayList<>();
        boolean measured = false;
        try {
            processes.add(start(jvm("-Xmx512m", "BENCH_KAFKA_JVM_ARGS", kafkaJar), Map.of("NEWSFLOW_HOME", home.toString(),
                    "NEWSFLOW_KAFKA_PORT", Integer.toString(kafkaPort),
                    "NEWSFLOW_KAFKA_CONTROLLER_PORT", Integer.toString(freePort())), home.resolve("logs/kafka.log")));
            while (!Files.readString(home.resolve("logs/kafka.log")).contains("Kafka Server started")) {
                alive(processes, home);
                Thread.sleep(200); // a bench's poll for a process, not a test's synchronisation
            }
            processes.add(start(jvm("-Xmx512m", "BENCH_JVM_ARGS", ingestJar), Map.of("NEWSFLOW_HOME", home.toString(),
                    "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + kafkaPort,
                    "NEWSFLOW_INGEST_PORT", Integer.toString(httpPort), "NEWSFLOW_INGEST_MIN_AGE", "0s",
                    "NEWSFLOW_INGEST_POLL_INTERVAL", "50ms"), home.resolve("logs/ingest.log")));
            String base = "http://localhost:" + httpPort;
            while (status(base + "/actuator/health") != 200) {
                alive(processes, home);
                Thread.sleep(200);
            }
            long[] cpuBefore = {cpuTicks(processes.get(0)), cpuTicks(processes.get(1))};
            List<Map<String, long[]>> threadsBefore = List.of(threadTicks(processes.get(0)), threadTicks(processes.get(1)));
            drop(home, files, perFile);
            long start = System.nanoTime();
            long[] peakRss = new long[2];
            while (processed(home) < files) {
                alive(processes, home); // a broker or ingest that died would leave this loop waiting for ever
                for (int i = 0; i < 2; i++) {
                    peakRss[i] = Math.max(peakRss[i], rssKb(processes.get(i)));
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double articles = published(base);
            // CPU from before the first file was dropped: ingest starts on the files while they are still coming in
            double kafkaMs = (cpuTicks(processes.get(0)) - cpuBefore[0]) * 10.0 / articles;
            double ingestMs = (cpuTicks(processes.get(1)) - cpuBefore[1]) * 10.0 / articles;
            System.out.printf("| %d files × %d article(s) | %.1f s | **%.0f files/s** | %.0f articles/s | %.0f published "
                    + "(expected %d) | ingest %.2f CPU-ms/article, %d MB | broker %.2f CPU-ms/article, %d MB |%n",
                    files, perFile, seconds, files / seconds, articles / seconds, articles, (long) files * perFile,
                    ingestMs, peakRss[1] / 1024, kafkaMs, peakRss[0] / 1024);
            for (int i = 0; i < 2 && System.getenv("BENCH_THREADS") != null; i++) {
                String process = i == 0 ? "broker" : "ingest";
                Map<String, long[]> before = threadsBefore.get(i);
                threadTicks(processes.get(i)).forEach((name, ticks) -> {
                    long[] was = before.getOrDefault(name, new long[2]);
                    if (ticks[0] + ticks[1] > was[0] + was[1]) {
                        System.out.printf("  %s thread %-16s user %.3f sys %.3f CPU-ms/article%n", process, name,
                                (ticks[0] - was[0]) * 10.0 / articles, (ticks[1] - was[1]) * 10.0 / articles);
                    }
                });
            }
            measured = true;
        } finally {
            for (Process process : processes.reversed()) {
                process.destroy();
                process.waitFor();
            }
            // each run writes its files and the broker's log into a new folder: runs in a row would fill the disk;
            // a failed run keeps it, logs and all, to be read
            if (measured) {
                deleteTree(home);
            } else {
                System.err.println("the run's files and logs are kept in " + home);
            }
        }
    }

    /** Run as a single source file, without Spring on the class path: no library's recursive delete to call. */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The heap, then the JVM options of environment variable {@code extraVariable} (split on spaces), then the jar. */
    private static List<String> jvm(String heap, String extraVariable, String jar) {
        List<String> args = new ArrayList<>(List.of(heap));
        String extra = System.getenv(extraVariable);
        if (extra != null && !extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        args.addAll(List.of("-jar", jar));
        return args;
    }

    /** utime + stime of a process in clock ticks (USER_HZ, 100 on Linux), from {@code /proc/<pid>/stat}. */
    private static long cpuTicks(Process process) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** user and system ticks per thread name (digits folded, so pools add up), for BENCH_THREADS. */
    private static Map<String, long[]> threadTicks(Process process) throws IOException {
        Map<String, long[]> ticks = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long[] sum = ticks.computeIfAbsent(name, n -> new long[2]);
                    sum[0] += Long.parseLong(fields[11]);
                    sum[1] += Long.parseLong(fields[12]);
                } catch (IOException ended) {
                    // a thread that ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static long rssKb(Process process) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(0);
    }

    private static void alive(List<Process> processes, Path home) {
        if (processes.stream().anyMatch(process -> !process.isAlive())) {
            throw new IllegalStateException("a process exited; see " + home.resolve("logs"));
        }
    }

    private static Process start(List<String> jvm, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Written elsewhere first, then renamed in, so ingest sees every file whole and all of them at once. */
    private static void drop(Path home, int files, int perFile) throws IOException {
        Path staging = Files.createDirectories(home.resolve("staging"));
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        String extension = perFile == 1 ? ".txt" : ".jsonl";
        for (int i = 0; i < files; i++) {
            Files.writeString(staging.resolve("article-" + i + extension), article(i, perFile));
        }
        for (int i = 0; i < files; i++) {
            Files.move(staging.resolve("article-" + i + extension), inbox.resolve("article-" + i + extension));
        }
    }

    private static String article(int i, int perFile) {
        if (perFile == 1) {
            StringBuilder text = new StringBuilder("Harbour report number " + i + "\n\nThe harbour master counted " + i
                    + " boats at the pier on Tuesday morning, more than the week before.");
            String chars = System.getenv("BENCH_BODY_CHARS");
            for (int j = 0; chars != null && text.length() < Integer.parseInt(chars); j++) {
                text.append(j % 4 == 3 ? "\n\n" : " ").append("On pier ").append(j).append(" the crews of ").append(i % 97)
                        .append(" trawlers unloaded their catch before noon, and the market paid £").append(j * 3 + i % 11)
                        .append(" a crate.");
            }
            return text.toString();
        }
        StringBuilder lines = new StringBuilder();
        for (int j = 0; j < perFile; j++) {
            lines.append("{\"title\": \"Harbour report ").append(i).append('-').append(j)
                    .append("\", \"body\": \"The harbour master counted ").append(j).append(" boats at pier ")
                    .append(i).append(" on Tuesday.\"}\n");
        }
        return lines.toString();
    }

    private static long processed(Path home) throws IOException {
        Path processed = home.resolve("processed");
        if (!Files.isDirectory(processed)) {
            return 0;
        }
        try (Stream<Path> entries = Files.walk(processed)) {
            return entries.filter(Files::isRegularFile).count();
        }
    }

    private static double published(String base) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith("newsflow_ingest_articles_published_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
