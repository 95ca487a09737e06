package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

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
    void threadsOfOneNameCountTogetherWhateverTheirNumbers() throws IOException {
        thread(42, 1, "inbox-poller", 300, 20);
        thread(42, 2, "pool-3-thread-1", 50, 1);
        thread(42, 3, "pool-3-thread-2", 30, 2);
        thread(42, 5, "C2 CompilerThre", 9, 0);
        thread(42, 4, "a (bracketed) name", 7, 0);

        assertThat(new ThreadCpu(proc).ticks(42))
                .containsOnly(Map.entry("inbox-poller", 320L), Map.entry("pool-#-thread-#", 83L),
                        Map.entry("C2 CompilerThre", 9L),
                        Map.entry("a (bracketed) name", 7L));
    }

    @Test
    void aProcessThatIsGoneHasNoThreads() {
        assertThat(new ThreadCpu(proc).ticks(7)).isEmpty();
    }

    @Test
    void secondsBetweenTwoReadingsComeLargestFirstAndANewThreadCountsFromZero() {
        Map<String, Long> before = Map.of("inbox-poller", 100L, "ended", 40L, "idle", 5L);
        Map<String, Long> after = Map.of("inbox-poller", 350L, "started later", 500L, "idle", 5L);

        assertThat(ThreadCpu.secondsBetween(before, after))
                .containsExactly(Map.entry("started later", 5.0), Map.entry("inbox-poller", 2.5));
    }

    private void thread(long pid, long tid, String name, long utime, long stime) throws IOException {
        Path task = Files.createDirectories(proc.resolve(pid + "/task/" + tid));
        Files.writeString(task.resolve("stat"),
                tid + " (" + name + ") S 1 1 1 0 -1 4194368 10 0 0 0 " + utime + " " + stime + " 0 0 20 0 1 0 100\n");
    }
}
