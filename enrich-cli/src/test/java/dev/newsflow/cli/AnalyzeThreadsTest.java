package dev.newsflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze} prints the same lines in the same order whatever the number of threads analysing. */
class AnalyzeThreadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String[] PLACES = {"Leeds", "Glasgow", "Cardiff", "Norwich", "Bristol", "Aberdeen", "Exeter"};
    private static final String[] PEOPLE = {"Maria Lopez", "Tom Becker", "Ana Silva", "Peter Novak", "Grace Okafor"};
    private static final String[] EVENTS = {
        "opened a new hospital wing after two years of building work, which staff welcomed warmly",
        "closed the old coal depot, and workers said the loss of jobs was a bitter blow to the town",
        "approved a plan to widen the ring road despite protests from angry residents",
        "won the regional award for clean rivers, a success the council called wonderful",
        "reported a sharp fall in burglaries over the winter months",
    };

    @Test
    void oneTwoAndFourThreadsPrintTheSameLines(@TempDir Path dir) throws IOException {
        // one-article files and a multi-article file, so that work is split within a file and across files
        for (int i = 0; i < 45; i++) {
            Files.writeString(dir.resolve("a%02d.txt".formatted(i)), article(i).title() + "\n\n" + article(i).body());
        }
        StringBuilder batch = new StringBuilder();
        for (int i = 45; i < 95; i++) {
            batch.append("{\"title\": \"%s\", \"body\": \"%s\"}\n".formatted(article(i).title(), article(i).body()));
        }
        Files.writeString(dir.resolve("b-batch.jsonl"), batch);
        Files.writeString(dir.resolve("c-last.txt"), article(95).title() + "\n\n" + article(95).body());
        // a file large enough to be read on its own and split over the threads (a feed or export, not a drop)
        StringBuilder large = new StringBuilder();
        for (int i = 96; i < 346; i++) {
            large.append("{\"title\": \"%s\", \"body\": \"%s\"}\n".formatted(article(i).title(), article(i).body()));
        }
        assertThat(large.length()).isGreaterThan(64 * 1024);
        Files.writeString(dir.resolve("d-large.jsonl"), large);

        List<String> one = analyze(dir, "1");
        List<String> two = analyze(dir, "2");
        List<String> four = analyze(dir, "4");

        assertThat(one).hasSize(346);
        assertThat(one.getFirst()).contains("\"fileName\":\"a00.txt\"");
        assertThat(one.get(95)).contains("\"fileName\":\"c-last.txt\"");
        assertThat(one.getLast()).contains("\"fileName\":\"d-large.jsonl\"");
        assertThat(two).containsExactlyElementsOf(one);
        assertThat(four).containsExactlyElementsOf(one);
    }

    @Test
    void threadsBelowOneAreAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), article(0).title() + "\n\n" + article(0).body());
        StringWriter err = new StringWriter();

        int exit = EnrichCommandLine.run(new String[] {"analyze", "--threads", "0", dir.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err), CLOCK);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--threads must be at least 1");
    }

    private static List<String> analyze(Path dir, String threads) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EnrichCommandLine.run(new String[] {"analyze", "--threads", threads, dir.toString()},
                new PrintWriter(out), new PrintWriter(err), CLOCK);
        assertThat(exit).as(err.toString()).isZero();
        // the steady-state rate per CPU-second of the process, the figure to compare on a busy machine
        assertThat(err.toString()).contains("346 articles from 48 files").containsPattern("over the second half of "
                + "that, [0-9]+ per CPU-s; [0-9.]+ CPU-s\\)");
        return new ArrayList<>(out.toString().lines().toList());
    }

    /** The {@code i}-th article: its place, person and event vary, so no two neighbours are alike. */
    private static Article article(int i) {
        String place = PLACES[i % PLACES.length];
        String person = PEOPLE[i % PEOPLE.length];
        String event = EVENTS[i % EVENTS.length];
        String title = "%s council %s".formatted(place, event.substring(0, event.indexOf(' ', 12)));
        String body = ("%s council %s on Monday. Council leader %s said the decision followed months of talks. "
                + "\"We listened to the people of %s,\" %s told reporters. Officials expect more news in week %d.")
                .formatted(place, event, person, place, person.substring(person.indexOf(' ') + 1), i + 1);
        return new Article(title, body.replace("\"", (i >= 45 && i < 95) || i >= 96 ? "'" : "\""));
    }

    private record Article(String title, String body) {
    }
}
