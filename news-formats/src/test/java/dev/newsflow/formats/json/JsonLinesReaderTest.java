package dev.newsflow.formats.json;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesReaderTest {

    @Test
    void aBadLineAmongGoodLinesIsReportedByLineNumber() {
        FormatResult result = Fixtures.read("wire.jsonl");

        assertThat(result.format()).isEqualTo("jsonl");
        assertThat(result.articles()).extracting(ParsedArticle::title)
                .containsExactly("Harvest festival draws large crowds", "New bridge opens to cyclists");
        assertThat(result.articles()).extracting(ParsedArticle::source).containsExactly("Greendale Echo", "Canal Courier");
        assertThat(result.problems()).extracting(RecordProblem::line).containsExactly(2, 5);
        assertThat(result.problems().getFirst().reason()).startsWith("invalid JSON");
        assertThat(result.problems().get(1).reason()).isEqualTo("line is not a JSON object");
    }

    @Test
    void aLineCutOffIsReportedInTheFilesTermsNotTheParsers() {
        byte[] lines = "{\"title\":\"Ferry\",\"body\":\"Crossings drop.\"}\n{\"title\":\"Cut off\",\"body\":\"The end.\""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        FormatResult result = Fixtures.FORMATS.read("cut.jsonl", lines);

        assertThat(result.problems()).singleElement().extracting(RecordProblem::reason).asString()
                .startsWith("invalid JSON at line 1").doesNotContain("start marker", "StreamReadFeature", "REDACTED");
    }

    @Test
    void jsonWrittenOverManyLinesIsReadAsTheDocumentItIs() {
        byte[] pretty = "{\n  \"title\": \"Ferry\",\n  \"body\": \"Crossings drop.\"\n}\n{\n  \"title\": \"Quay\",\n"
                .concat("  \"body\": \"The quay opens.\"\n}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        FormatResult result = Fixtures.FORMATS.read("pretty.jsonl", pretty);

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("Ferry", "Quay");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void ndjsonIsTheSameFormat() {
        byte[] content = Fixtures.bytes("wire.jsonl");

        assertThat(Fixtures.FORMATS.read("wire.ndjson", content).articles()).hasSize(2);
    }
    @Test
    void linesReadFromTheFilesBytesAreTheLinesOfItsText() {
        String lines = "{\"title\":\"Ferry\u2019s winter timetable\",\"body\":\"Crossings drop to four a day.\"}\r\n"
                + "\r\n"
                + "{\"title\": broken}\r\n"
                + "{\"title\":\"Quay \u201cwill open in June\u201d\",\"body\":\"The harbour board agreed the date.\"}";

        FormatResult fromBytes = Fixtures.FORMATS.read("quay.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        FormatResult fromText = new JsonLinesReader().read(lines.replace("\r\n", "\n"), FormatLimits.DEFAULTS);

        for (FormatResult result : List.of(fromBytes, fromText)) {
            assertThat(result.articles()).extracting(ParsedArticle::title)
                    .containsExactly("Ferry\u2019s winter timetable", "Quay \u201cwill open in June\u201d");
            assertThat(result.problems()).extracting(RecordProblem::line).containsExactly(3);
        }
    }

    @Test
    void aLineLongerThanTheReadersBufferIsOneArticle() {
        String body = "The lock keeper logged every vessel that passed. ".repeat(1_000);
        String lines = "{\"title\":\"Canal traffic\",\"body\":\"" + body + "\"}\n"
                + "{\"title\":\"Next\",\"body\":\"More.\"}\n";

        FormatResult result = Fixtures.FORMATS.read("canal.jsonl", lines.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("Canal traffic", "Next");
        assertThat(result.articles().getFirst().body()).isEqualTo(body.strip());
    }

    @Test
    void aMillionEmptyObjectsAreReadAsCountedProblemsWithABoundedList() {
        byte[] lines = "{}\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);

        FormatResult result = Fixtures.FORMATS.read("empty.jsonl", lines);

        assertThat(result.articles()).isEmpty();
        assertThat(result.problemCount()).isEqualTo(1_000_000);
        assertThat(result.problems()).hasSize(FormatResult.MAX_LISTED_PROBLEMS);
        assertThat(result.problems().getLast().line()).isEqualTo(FormatResult.MAX_LISTED_PROBLEMS);
    }
}
