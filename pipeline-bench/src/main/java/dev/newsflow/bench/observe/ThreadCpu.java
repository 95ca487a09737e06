package dev.newsflow.bench.observe;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A process's CPU time by thread, from {@code /proc/<pid>/task/<tid>/stat}: where a process's time went (the
 * consumer thread, the JIT's compilers, the garbage collector, ...) without a profiler attached to the run. Threads of
 * one name count together, their numbers folded to {@code #}, so a pool's workers make one line. Linux keeps the first
 * 15 characters of a thread's name. A thread that ended before the second reading takes its time with it.
 */
public final class ThreadCpu {

    /** A number that is a part of the name of its own (a pool's or a partition's), not "C2" in the JIT's names. */
    private static final String NUMBERED = "(?<=[-#_ ])\\d+|\\d+$";

    private final Path proc;

    /** @param proc where the process directories are: {@code /proc}, or a copy of its layout */
    public ThreadCpu(Path proc) {
        this.proc = proc;
    }

    /** CPU ticks by thread name, now; empty when the process is gone or there is no {@code /proc}. */
    public Map<String, Long> ticks(long pid) {
        Map<String, Long> byName = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // the name stands between the first '(' and the last ')', and may itself hold spaces or brackets
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    byName.merge(name.replaceAll(NUMBERED, "#"), ProcessUsage.ticksOf(stat), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while the folder was read
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return byName;
    }

    /**
     * Seconds per thread name between two readings, largest first; a name first seen in {@code after} counts from
     * zero, one gone from it is left out.
     */
    public static Map<String, Double> secondsBetween(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / ProcessUsage.TICKS_PER_SECOND))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> seconds.put(e.getKey(), e.getValue()));
        return seconds;
    }
}
