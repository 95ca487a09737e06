package dev.newsflow.bench;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * CPU-seconds to read a page that repeats a line the reader takes out (a date line, a share box, a byline, a "Read
 * more" line, a box of links) thousands of times under one parent: what a crafted page costs, which no real page comes near. Each
 * page is read twice and the second read is timed.
 *
 * <pre>java -cp benchmarks.jar dev.newsflow.bench.RepeatedLinesCpuTime [repeats ...]</pre>
 */
public final class RepeatedLinesCpuTime {

    private static final List<Line> LINES = List.of(
            new Line("date lines", "<time datetime=\"2026-03-02T09:00:00Z\">2 March</time>"),
            new Line("share boxes", "<div class=\"share\"><a href=\"/share\">Share</a></div>"),
            new Line("bylines", "<p>By Ada Lind</p>"),
            new Line("read-more lines", "<p>Read more: <a href=\"/other\">Another story</a></p>"),
            new Line("link boxes", "<p>Ok, go.</p><div><a href=\"/subscribe\">Subscribe</a></div>"));
    private static final String TEXT = "<p>The harbour board agreed on Tuesday to run the winter ferry every hour, from"
            + " the north quay to the island, until the end of March.</p>";

    private RepeatedLinesCpuTime() {
    }

    public static void main(String[] args) {
        int[] repeats = args.length == 0 ? new int[] {10_000, 40_000} : Arrays.stream(args)
                .mapToInt(Integer::parseInt).toArray();
        ArticleFormats formats = new ArticleFormats(FormatLimits.DEFAULTS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Line line : LINES) {
            StringBuilder row = new StringBuilder(line.name());
            for (int n : repeats) {
                byte[] page = ("<html><body><article><h1>Ferry timetable</h1>" + line.html().repeat(n) + TEXT.repeat(3)
                        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
                formats.read("page.html", page);
                long start = threads.getCurrentThreadCpuTime();
                formats.read("page.html", page);
                row.append(String.format(" | %,d: %.2f s", n, (threads.getCurrentThreadCpuTime() - start) / 1e9));
            }
            System.out.println(row);
        }
    }

    private record Line(String name, String html) {
    }
}
