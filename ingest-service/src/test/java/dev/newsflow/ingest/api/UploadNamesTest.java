package dev.newsflow.ingest.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload without a file name is read by its content type, as a dropped file of that type would be. */
class UploadNamesTest {

    @ParameterizedTest
    @CsvSource({"text/plain, upload.txt", "text/html; charset=utf-8, upload.html",
            "application/xhtml+xml, upload.xhtml", "application/rss+xml, upload.rss",
            "application/atom+xml, upload.atom", "application/rdf+xml, upload.rdf",
            "text/xml, upload.xml"})
    void aContentTypeSelectsTheReaderOfItsFormat(String contentType, String name) {
        assertThat(UploadNames.of(null, contentType)).isEqualTo(name);
    }
}
