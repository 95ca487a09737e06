package dev.newsflow.cli;

import java.time.Duration;
import java.util.Arrays;

/**
 * Times an {@code analyze} run for its summary line: the wall time, when the engine had loaded, the rate after that
 * and over the second half of that time (the JIT compiler has mostly warmed up by then, so it is the closest a run
 * gets to its steady state), and the process's CPU time, the figure that still means something on a machine shared
 * with other work. The second half's rate is also given per CPU-second of the process over that half: on a busy
 * machine the wall-clock rate measures the queue for a core, this one what the run itself spends per article.
 */
final class RunTimer {

    /** Printing times are kept for every this many articles: enough resolution, little memory on huge runs. */
    private static final int EVERY = 16;
    /** The process's CPU time is read at every this many marks: a read costs ~0.1 ms (it parses /proc). */
    private static final int CPU_EVERY = 8;

    private final long start = System.nanoTime();
    private long loaded;
    private long cpuLoaded;
    private long[] printedAt = new long[256];
    private long[] cpuAt = new long[32];
    private int marks;
    private int cpuMarks;

    /** When the engine finished loading ({@link System#nanoTime()}). */
    void engineLoaded(long at) {
        loaded = at;
        cpuLoaded = cpuNanos();
    }

    /** Called with the running count each time an article is printed. */
    void printed(int count) {
        if (count % EVERY == 0) {
            if (marks == printedAt.length) {
                printedAt = Arrays.copyOf(printedAt, marks * 2);
            }
            printedAt[marks++] = System.nanoTime();
            if (marks % CPU_EVERY == 0) {
                if (cpuMarks == cpuAt.length) {
                    cpuAt = Arrays.copyOf(cpuAt, cpuMarks * 2);
                }
                cpuAt[cpuMarks++] = cpuNanos();
            }
        }
    }

    /**
     * E.g. {@code 9000 articles from 9000 files in 4100 ms (engine loaded in 600 ms; 2600 articles/s after it, 3100
     * over the second half of that, 1600 per CPU-s; 9.8 CPU-s)}.
     */
    String summary(int articles, int files) {
        long end = System.nanoTime();
        long cpu = cpuNanos();
        String rates = "";
        if (articles >= 2 * EVERY) {
            long middle = loaded + (end - loaded) / 2;
            int before = 0;
            while (before < marks && printedAt[before] <= middle) {
                before++;
            }
            rates = String.format("; %.0f articles/s after it, %.0f over the second half of that",
                    articles / seconds(end - loaded), (articles - before * EVERY) / seconds(end - middle));
            // per CPU-second: from the last CPU reading of the first half (else from the engine's load), over the
            // articles printed after it; nothing where the platform does not tell a process's CPU time
            int cpuBefore = before / CPU_EVERY;
            long cpuFrom = cpuBefore == 0 ? cpuLoaded : cpuAt[cpuBefore - 1];
            if (cpu >= 0 && cpuFrom >= 0) {
                rates += String.format(", %.0f per CPU-s",
                        (articles - cpuBefore * CPU_EVERY * EVERY) / seconds(cpu - cpuFrom));
            }
        }
        return String.format("%d articles from %d files in %d ms (engine loaded in %d ms%s; %s CPU-s)", articles,
                files, (end - start) / 1_000_000, (loaded - start) / 1_000_000, rates,
                cpu < 0 ? "unknown" : String.format("%.1f", cpu / 1e9));
    }

    /** The process's CPU time so far, or -1 where the platform does not tell it. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static double seconds(long nanos) {
        return Math.max(nanos / 1e9, 1e-9);
    }
}
