package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.bench.observe.ThreadCpu.Thread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadCpuTest {

    @TempDir
    Path proc;

    @Test
    void eachThreadIsReadByIdWithItsNumbersFolded() throws IOException {
        thread(42, 1, "inbox-poller", 300, 20);
        thread(42, 2, "pool-3-thread-1", 50, 1);
        thread(42, 5, "C2 CompilerThre", 9, 0);
        thread(42, 6, "GC Thread#0", 4, 0);
        thread(42, 7, "a (bracketed) name", 7, 0);

        assertThat(new ThreadCpu(proc).threads(42)).containsOnly(
                Map.entry(1L, new Thread("inbox-poller", 320)), Map.entry(2L, new Thread("pool-#-thread-#", 51)),
                Map.entry(5L, new Thread("C2 CompilerThre", 9)), Map.entry(6L, new Thread("GC Thread#", 4)),
                Map.entry(7L, new Thread("a (bracketed) name", 7)));
    }

    @Test
    void aProcessThatIsGoneHasNoThreads() {
        assertThat(new ThreadCpu(proc).threads(7)).isEmpty();
    }

    @Test
    void threadsOfOneNameCountTogetherEachFromItsOwnFirstReading() {
        Map<Long, Thread> before = Map.of(1L, new Thread("inbox-poller", 100), 2L, new Thread("pool-#", 40),
                3L, new Thread("pool-#", 900), 4L, new Thread("idle", 5));
        // thread 3 ended with 900 ticks from before the run: its sibling's time must not be lowered by them
        Map<Long, Thread> after = Map.of(1L, new Thread("inbox-poller", 350), 2L, new Thread("pool-#", 140),
                5L, new Thread("pool-#", 60), 4L, new Thread("idle", 5));

        assertThat(ThreadCpu.secondsBetween(before, after))
                .containsExactly(Map.entry("inbox-poller", 2.5), Map.entry("pool-#", 1.6));
    }

    private void thread(long pid, long tid, String name, long utime, long stime) throws IOException {
        Path task = Files.createDirectories(proc.resolve(pid + "/task/" + tid));
        Files.writeString(task.resolve("stat"),
                tid + " (" + name + ") S 1 1 1 0 -1 4194368 10 0 0 0 " + utime + " " + stime + " 0 0 20 0 1 0 100\n");
    }
}
