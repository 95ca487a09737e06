package dev.newsflow.bench.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples the pipeline's processes from {@code /proc} while a run lasts: the highest resident set seen and the CPU
 * time spent between {@link #start()} and {@link #stop()}. The processes are the ones {@code ./newsflow start}
 * recorded in its pid files; a component without a live pid is left out of the report.
 */
public final class ProcessUsage implements Runnable {

    private final Map<String, Long> pids;
    private final Duration interval;
    private final Map<String, Long> peakRssKb = new ConcurrentHashMap<>();
    private final Map<String, Long> ticksAtStart = new ConcurrentHashMap<>();
    private final Map<String, Long> ticksAtStop = new ConcurrentHashMap<>();
    private final ThreadCpu threads = new ThreadCpu(Path.of("/proc"));
    private final Map<String, Map<Long, ThreadCpu.Thread>> threadTicksAtStart = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, ThreadCpu.Thread>> threadTicksAtStop = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    public ProcessUsage(Map<String, Long> pids, Duration interval) {
        this.pids = new LinkedHashMap<>(pids);
        this.interval = interval;
    }

    /** The live pids in {@code runDir} ({@code <component>.pid}, as {@code ./newsflow start} writes them). */
    public static Map<String, Long> pidsIn(Path runDir, Iterable<String> components) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String component : components) {
            try {
                long pid = Long.parseLong(Files.readString(runDir.resolve(component + ".pid")).strip());
                if (Files.isDirectory(Path.of("/proc", Long.toString(pid)))) {
                    found.put(component, pid);
                }
            } catch (IOException | NumberFormatException e) {
                // not started by ./newsflow, or not running: nothing to sample
            }
        }
        return found;
    }

    public void start() {
        pids.forEach((name, pid) -> {
            cpuTicks(pid).ifPresent(t -> ticksAtStart.put(name, t));
            threadTicksAtStart.put(name, threads.threads(pid));
        });
    }

    @Override
    public void run() {
        while (running) {
            pids.forEach((name, pid) -> rssKb(pid).ifPresent(kb -> peakRssKb.merge(name, kb, Math::max)));
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Ends the sampling; the CPU count ends at the first call (a second one, after a failed run, changes nothing). */
    public void stop() {
        running = false;
        pids.forEach((name, pid) -> {
            if (!ticksAtStop.containsKey(name)) {
                cpuTicks(pid).ifPresent(t -> ticksAtStop.put(name, t));
                threadTicksAtStop.put(name, threads.threads(pid));
            }
        });
    }

    /** Per component: peak RSS in MB and CPU seconds over the run, in the order the pids were given. */
    public Map<String, Usage> usage() {
        Map<String, Usage> usage = new LinkedHashMap<>();
        pids.keySet().forEach(name -> {
            if (peakRssKb.containsKey(name) && ticksAtStart.containsKey(name) && ticksAtStop.containsKey(name)) {
                usage.put(name, new Usage(peakRssKb.get(name) / 1024.0,
                        (ticksAtStop.get(name) - ticksAtStart.get(name)) / ThreadCpu.TICKS_PER_SECOND,
                        ThreadCpu.secondsBetween(threadTicksAtStart.getOrDefault(name, Map.of()),
                                threadTicksAtStop.getOrDefault(name, Map.of()))));
            }
        });
        return usage;
    }

    static Optional<Long> rssKb(long pid) {
        try {
            // one read and one search rather than a list of its ~55 lines, five processes five times a second
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
            int at = status.indexOf("VmRSS:");
            if (at >= 0) {
                int end = status.indexOf('\n', at);
                return Optional.of(Long.parseLong(status.substring(at + 6, end < 0 ? status.length() : end).strip()
                        .split("\\s+")[0]));
            }
        } catch (IOException | RuntimeException e) {
            // the process ended or /proc is not there
        }
        return Optional.empty();
    }

    /** utime + stime of the whole process (all threads). */
    static Optional<Long> cpuTicks(long pid) {
        try {
            return Optional.of(ThreadCpu.ticksOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param peakRssMb        highest resident set seen
     * @param cpuSeconds       CPU time spent during the run
     * @param threadCpuSeconds the same by thread name ({@link ThreadCpu}), largest first (an ordered map: the order
     *                         is the report's)
     */
    public record Usage(double peakRssMb, double cpuSeconds, Map<String, Double> threadCpuSeconds) {

        public Usage {
            threadCpuSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(threadCpuSeconds));
        }
    }
}
