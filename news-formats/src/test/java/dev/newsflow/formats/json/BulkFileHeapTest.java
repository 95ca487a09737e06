package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk file (JSON Lines, a JSON array) is read in a heap smaller than its whole text as one string: in a JVM of its
 * own with {@value #HEAP} of heap, a 30 MB file whose text is 59 MB as a string (English with typographic
 * apostrophes) or which the JDK decodes through a buffer of 60 MB (Russian). Its records are over the article size
 * limit but one, so what is kept is small and the heap is what reading costs.
 */
class BulkFileHeapTest {

    private static final String HEAP = "64m";
    private static final int OVERSIZE_RECORDS = 48;
    private static final String ENGLISH = "The ferry\u2019s winter timetable changed again this week. ";
    private static final String RUSSIAN = "Зимнее расписание парома снова изменилось на этой неделе. ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"export.jsonl, ENGLISH", "export.json, ENGLISH", "export.jsonl, RUSSIAN", "export.json, RUSSIAN"})
    void aFileWhoseTextOutgrowsTheHeapIsRead(String name, String language) throws IOException, InterruptedException {
        Path file = write(dir.resolve(name), name.endsWith(".json"), language.equals("RUSSIAN") ? RUSSIAN : ENGLISH);
        assertThat(Files.size(file)).isBetween(28L << 20, FormatLimits.DEFAULTS.maxFileBytes());

        Path output = dir.resolve("output.txt");
        Process reading = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ReadOneFile.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(reading.waitFor(2, TimeUnit.MINUTES)).as("read within two minutes").isTrue();
        } finally {
            reading.destroyForcibly();
        }

        String printed = Files.readString(output);
        assertThat(reading.exitValue()).as(printed).isZero();
        assertThat(printed).contains("articles=1 problems=" + OVERSIZE_RECORDS);
    }

    private static Path write(Path file, boolean array, String sentence) throws IOException {
        String body = sentence.repeat(640_000 / sentence.getBytes(StandardCharsets.UTF_8).length);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(array ? "[\n" : "");
            for (int n = 0; n < OVERSIZE_RECORDS; n++) {
                out.write("{\"title\":\"Timetable " + n + "\",\"body\":\"" + body + "\"}" + (array ? ",\n" : "\n"));
            }
            out.write("{\"title\":\"Ferry resumes\",\"body\":\"The ferry\u2019s first crossing left at nine.\"}");
            out.write(array ? "\n]\n" : "\n");
        }
        return file;
    }

    /** The reading, in the small heap: prints what it read. */
    static final class ReadOneFile {

        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            FormatResult result = new ArticleFormats(FormatLimits.DEFAULTS)
                    .read(file.getFileName().toString(), Files.readAllBytes(file));
            System.out.println("articles=" + result.articles().size() + " problems=" + result.problemCount());
        }
    }
}
