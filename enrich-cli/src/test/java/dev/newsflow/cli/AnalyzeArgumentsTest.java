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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain {@code analyze} arguments skip picocli; everything else is still picocli's, and both print the same. */
class AnalyzeArgumentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void pathsAndAThreadCountArePlain() {
        assertThat(AnalyzeArguments.plain(List.of("a.txt", "dir")))
                .isEqualTo(new AnalyzeArguments(List.of(Path.of("a.txt"), Path.of("dir")), AnalyzeArguments.DEFAULT_THREADS));
        assertThat(AnalyzeArguments.plain(List.of("--threads", "3", "a.txt")))
                .isEqualTo(new AnalyzeArguments(List.of(Path.of("a.txt")), 3));
        assertThat(AnalyzeArguments.plain(List.of("a.txt", "--threads=2")))
                .isEqualTo(new AnalyzeArguments(List.of(Path.of("a.txt")), 2));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        assertThat(AnalyzeArguments.plain(List.of())).isNull();
        assertThat(AnalyzeArguments.plain(List.of("--threads", "2"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("--help"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("-h", "a.txt"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("--threads", "0", "a.txt"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("--threads=x", "a.txt"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("a.txt", "--threads"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("@args.txt"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("--", "a.txt"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("a\0b.txt"))).isNull();
        assertThat(AnalyzeArguments.plain(List.of("--threads", "2", "--threads=3", "a.txt"))).isNull();
    }

    @Test
    void anOptionGivenTwiceIsRefusedAsPicocliRefusesIt() {
        StringWriter err = new StringWriter();

        int exit = EnrichCommandLine.run(new String[] {"analyze", "--threads", "2", "--threads", "3", "a.txt"},
                new PrintWriter(new StringWriter()), new PrintWriter(err), CLOCK);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--threads");
    }

    @Test
    void thePlainRunPrintsWhatThePicocliRunPrints(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Council opens new library in Leeds\n\nMaria Lopez, the council "
                + "leader, said the new library in Leeds would open on Monday to the delight of local families.\n");
        Files.writeString(dir.resolve("b.txt"), "Storm closes roads\n\nHeavy rain closed roads across the valley on "
                + "Sunday and rescue workers said the damage was terrible.\n");
        StringWriter plainOut = new StringWriter();
        StringWriter picocliOut = new StringWriter();

        int plain = EnrichCommandLine.run(new String[] {"analyze", "--threads", "2", dir.toString()},
                new PrintWriter(plainOut), new PrintWriter(new StringWriter()), CLOCK);
        int picocli = EnrichCommandLine.run(new String[] {"analyze", "--threads", "2", "--", dir.toString()},
                new PrintWriter(picocliOut), new PrintWriter(new StringWriter()), CLOCK);

        assertThat(plain).isZero();
        assertThat(picocli).isZero();
        assertThat(plainOut.toString()).hasLineCount(2).isEqualTo(picocliOut.toString());
    }

    @Test
    void aFailureEndsThePlainRunWithExitCodeOneAsUnderPicocli(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        String missing = dir.resolve("missing").toString();

        int plain = EnrichCommandLine.run(new String[] {"analyze", missing}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), CLOCK);
        int picocli = EnrichCommandLine.run(new String[] {"analyze", "--", missing}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), CLOCK);

        assertThat(plain).isEqualTo(picocli).isEqualTo(1);
        assertThat(err.toString()).contains("missing");
    }
}
