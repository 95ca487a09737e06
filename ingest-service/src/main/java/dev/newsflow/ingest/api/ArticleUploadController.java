package dev.newsflow.ingest.api;

import dev.newsflow.formats.RecordProblem;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.metrics.IngestMetrics.FileOutcome;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.read.ArticleReading;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * {@code POST /api/articles}: the same formats as the inbox, for users who cannot drop files. The body's content
 * type picks the reader (or a {@code filename} parameter, or a multipart upload's file name). Answers once Kafka
 * acknowledged every article.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleUploadController {

    private final ArticleReading reading;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;

    ArticleUploadController(ArticleReading reading, ArticlePublisher publisher, IngestMetrics metrics) {
        this.reading = reading;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UploadResult upload(@RequestPart("file") MultipartFile file, HttpServletRequest request) throws IOException {
        UploadLog.started(request);
        UploadLog.named(request, file.getOriginalFilename());
        String name = UploadNames.of(file.getOriginalFilename(), file.getContentType());
        UploadLog.named(request, name);
        return ingest(name, file.getBytes(), request);
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown", MediaType.APPLICATION_JSON_VALUE,
            "application/x-ndjson", "application/jsonl", MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_RSS_XML_VALUE,
            MediaType.APPLICATION_ATOM_XML_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            "application/gzip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    UploadResult post(HttpServletRequest request, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                      @RequestParam(required = false) String filename) throws IOException {
        UploadLog.started(request);
        UploadLog.named(request, filename);
        String name = UploadNames.of(filename, contentType);
        UploadLog.named(request, name);
        byte[] body = UploadBody.read(request.getInputStream(), request.getContentLengthLong(), reading.maxFileBytes());
        return ingest(name, body, request);
    }

    private UploadResult ingest(String name, byte[] content, HttpServletRequest request) {
        ArticleReading.ReadFile read = reading.read(name, content);
        if (read.articles().isEmpty()) {
            throw new NoUsableArticleException(read.result().problems(), read.result().problemCount());
        }
        List<String> ids = publisher.publish(read.articles());
        int skipped = read.result().problemCount();
        metrics.published(read.result().format(), ids.size());
        metrics.rejected(Reason.INVALID_RECORD, skipped);
        metrics.file(skipped > 0 ? FileOutcome.PARTIAL : FileOutcome.PROCESSED);
        UploadLog.accepted(request, skipped > 0 ? "partial" : "processed", read.result().format(), ids.size(), skipped);
        return new UploadResult(ids, read.result().format(), read.result().problems(), skipped);
    }

    /**
     * @param ids          published article ids, in input order
     * @param problems     records that were skipped, with line or index and why (the first 100)
     * @param problemCount every skipped record
     */
    record UploadResult(List<String> ids, String format, List<RecordProblem> problems, int problemCount) {
    }
}
