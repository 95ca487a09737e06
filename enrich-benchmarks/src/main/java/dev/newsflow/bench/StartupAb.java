package dev.newsflow.bench;

import dev.newsflow.nlp.NewsAnalyzer;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link StartupBenchmark#load} for two builds, counted in CPU as well as wall time: a fresh JVM per start, the two
 * benchmarks jars in turn (the first of a pair alternating), each timing {@code NewsAnalyzer.load()} and then reading
 * its process's CPU time (every thread: the loaders, the JIT's compilers, the collector, the JVM's own start). On two
 * shared cores the wall clock measures the queue for a core: StartupBenchmark read one build at 4.3 and 6.1 s at a
 * load of 16, while the CPU a start needs moves much less. Prints each build's median CPU and wall milliseconds and
 * the median per-pair ratio of CPU, B/A.
 *
 * <pre>java -cp benchmarks.jar dev.newsflow.bench.StartupAb a.jar b.jar [pairs]</pre>
 */
public final class StartupAb {

    private static final String CHILD = "--child";

    private StartupAb() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(CHILD)) {
            long start = System.nanoTime();
            NewsAnalyzer.load();
            long wall = System.nanoTime() - start;
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            System.out.println(cpu / 1_000_000 + " " + wall / 1_000_000);
            return;
        }
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long[][] cpu = new long[2][pairs];
        long[][] wall = new long[2][pairs];
        double[] ratio = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            for (int k = 0; k < 2; k++) {
                int b = (pair & 1) == 0 ? k : 1 - k;
                long[] measured = start(Path.of(args[b]));
                cpu[b][pair] = measured[0];
                wall[b][pair] = measured[1];
            }
            ratio[pair] = (double) cpu[1][pair] / cpu[0][pair];
        }
        for (int b = 0; b < 2; b++) {
            Arrays.sort(cpu[b]);
            Arrays.sort(wall[b]);
            System.out.printf("%s: load CPU median %d ms (range %d-%d), wall median %d ms (range %d-%d)%n", args[b],
                    median(cpu[b]), cpu[b][0], cpu[b][pairs - 1], median(wall[b]), wall[b][0], wall[b][pairs - 1]);
        }
        Arrays.sort(ratio);
        System.out.printf("B/A CPU per pair: median %.3f, range %.3f-%.3f (%d pairs)%n",
                pairs % 2 == 1 ? ratio[pairs / 2] : (ratio[pairs / 2 - 1] + ratio[pairs / 2]) / 2, ratio[0],
                ratio[pairs - 1], pairs);
    }

    /** One start of the engine of {@code jar} in a fresh JVM, as StartupBenchmark forks it: CPU ms and wall ms. */
    private static long[] start(Path jar) throws Exception {
        String self = Path.of(StartupAb.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx256m", "-cp", jar + File.pathSeparator + self, StartupAb.class.getName(), CHILD));
        // stderr joins stdout: a failed start then says why; the figures are the last line either way
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("start of " + jar + " failed: " + out);
        }
        String[] fields = out.substring(out.lastIndexOf('\n') + 1).split(" ");
        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
