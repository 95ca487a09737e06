package dev.newsflow.bench.observe;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A process's CPU time by thread, from {@code /proc/<pid>/task/<tid>/stat}: where a process's time went (the
 * consumer thread, the JIT's compilers, the garbage collector, ...) without a profiler attached to the run. Threads
 * are read by id and counted together by name, their numbers folded to {@code #}, so a pool's workers make one line.
 * Linux keeps the first 15 characters of a thread's name. A thread that ended before the second reading is left out.
 */
final class ThreadCpu {

    /** Linux reports CPU time in USER_HZ ticks, 100 per second on every mainstream architecture. */
    static final double TICKS_PER_SECOND = 100.0;

    /** A number that is a part of the name of its own (a pool's or a partition's), not "C2" in the JIT's names. */
    private static final String NUMBERED = "(?<=[-_ ])\\d+|#\\d+|\\d+$";

    private final Path proc;

    /** @param proc where the process directories are: {@code /proc}, or a copy of its layout */
    ThreadCpu(Path proc) {
        this.proc = proc;
    }

    /** Each live thread's name and CPU ticks, by thread id; empty when the process is gone or there is no /proc. */
    Map<Long, Thread> threads(long pid) {
        Map<Long, Thread> byId = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // the name stands between the first '(' and the last ')', and may itself hold spaces or brackets
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    byId.put(Long.parseLong(task.getFileName().toString()),
                            new Thread(name.replaceAll(NUMBERED, "#"), ticksOf(stat)));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while the folder was read
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // the process ended while its threads were listed: what was read stands
        }
        return byId;
    }

    /**
     * Seconds per thread name between two readings, largest first. Each thread counts what it took between them (from
     * zero when it started after the first); one that ended before the second is left out, so a name's figure is never
     * lowered by a thread of that name that is gone.
     */
    static Map<String, Double> secondsBetween(Map<Long, Thread> before, Map<Long, Thread> after) {
        Map<String, Long> ticks = new HashMap<>();
        after.forEach((id, thread) -> {
            Thread earlier = before.get(id);
            long from = earlier != null && earlier.name().equals(thread.name()) ? earlier.ticks() : 0;
            ticks.merge(thread.name(), thread.ticks() - from, Long::sum);
        });
        Map<String, Double> seconds = new LinkedHashMap<>();
        ticks.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> seconds.put(e.getKey(), e.getValue() / TICKS_PER_SECOND));
        return seconds;
    }

    /** utime + stime from a process's or a thread's {@code stat} line. */
    static long ticksOf(String stat) {
        // fields after "(command)": state is field 3, utime 14 and stime 15
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** @param name the thread's name, numbers folded; @param ticks its utime + stime so far */
    record Thread(String name, long ticks) {
    }
}
