package dev.newsflow.bench;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reading HTML pages as ingest does ({@link ArticleFormats#read}: decoding, parsing, metadata and main text), pages/s
 * on one thread. Each operation reads the next of 32 generated pages of {@code pageBytes} bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReadingBenchmark {

    @Param("51200")
    public int pageBytes;

    private ArticleFormats formats;
    private List<byte[]> pages;
    private int next;

    @Setup
    public void setUp() {
        formats = new ArticleFormats(FormatLimits.DEFAULTS);
        pages = SyntheticPages.generate(32, pageBytes, 13L);
    }

    @Benchmark
    public FormatResult html() {
        byte[] page = pages.get(next);
        next = (next + 1) % pages.size();
        return formats.read("page.html", page);
    }
}
