package dev.newsflow.ingest.api;

import dev.newsflow.formats.RecordProblem;
import dev.newsflow.ingest.InputRefusedException;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.process.Content;
import dev.newsflow.ingest.process.Ingestion;
import dev.newsflow.ingest.process.Outcome;
import dev.newsflow.ingest.process.Source;
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
 * {@code POST /api/articles}: the same formats as the inbox, for users who cannot drop files, through the same
 * {@link Ingestion}. The body's content type picks the reader (or a {@code filename} parameter, or a multipart
 * upload's file name). Answers once Kafka acknowledged every article.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleUploadController {

    private final Ingestion ingestion;

    ArticleUploadController(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UploadResult upload(@RequestPart("file") List<MultipartFile> files, HttpServletRequest request)
            throws IOException {
        if (files.size() > 1) {
            // reading only the first and answering 200 would lose the others without a word
            throw new UploadRefusedException(ingestion.refuse(Source.UPLOAD, null, Reason.BAD_REQUEST, "the upload has "
                    + files.size() + " files in its 'file' part; send one file per request", UploadStatus::code));
        }
        MultipartFile file = files.getFirst();
        return ingest(request, file.getOriginalFilename(), file.getContentType(), file::getBytes);
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown", MediaType.APPLICATION_JSON_VALUE,
            "application/x-ndjson", "application/jsonl", MediaType.TEXT_HTML_VALUE, "application/xhtml+xml",
            MediaType.APPLICATION_RSS_XML_VALUE, MediaType.APPLICATION_ATOM_XML_VALUE, "application/rdf+xml",
            MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            "application/gzip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    UploadResult post(HttpServletRequest request, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                      @RequestParam(required = false) String filename) throws IOException {
        return ingest(request, filename, contentType, () -> UploadBody.read(request.getInputStream(),
                request.getContentLengthLong(), ingestion.maxBytes()));
    }

    private UploadResult ingest(HttpServletRequest request, String given, String contentType, Content body)
            throws IOException {
        // named on the request too, for the log line of a fault the web layer answers
        UploadLog.started(request);
        UploadLog.named(request, given);
        String name;
        try {
            name = UploadNames.of(given, contentType);
        } catch (InputRefusedException badName) {
            throw new UploadRefusedException(ingestion.refuse(Source.UPLOAD, given, badName.reason(),
                    badName.getMessage(), UploadStatus::code));
        }
        UploadLog.named(request, name);
        Outcome outcome = ingestion.ingest(Source.UPLOAD, name, body, UploadStatus::code);
        if (outcome instanceof Outcome.Published published) {
            return new UploadResult(published.ids(), published.result().format(), published.result().problems(),
                    published.result().problemCount());
        }
        throw new UploadRefusedException(outcome);
    }

    /**
     * @param ids          published article ids, in input order
     * @param problems     records that were skipped, with line or index and why (the first 100)
     * @param problemCount every skipped record
     */
    record UploadResult(List<String> ids, String format, List<RecordProblem> problems, int problemCount) {
    }
}
