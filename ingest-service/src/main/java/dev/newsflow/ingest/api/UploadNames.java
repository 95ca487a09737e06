package dev.newsflow.ingest.api;

import org.springframework.http.MediaType;

import java.util.Map;

/** Content type of an upload to the file name whose extension selects the same reader as a dropped file. */
final class UploadNames {

    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("text/plain", "upload.txt"),
            Map.entry("text/markdown", "upload.md"),
            Map.entry("application/json", "upload.json"),
            Map.entry("application/x-ndjson", "upload.jsonl"),
            Map.entry("application/jsonl", "upload.jsonl"),
            Map.entry("text/html", "upload.html"),
            Map.entry("application/rss+xml", "upload.rss"),
            Map.entry("application/atom+xml", "upload.atom"),
            Map.entry("application/xml", "upload.xml"),
            Map.entry("text/xml", "upload.xml"));

    private UploadNames() {
    }

    static String forContentType(String contentType) {
        if (contentType == null) {
            return "upload";
        }
        MediaType type = MediaType.parseMediaType(contentType);
        return BY_TYPE.getOrDefault(type.getType() + "/" + type.getSubtype(), "upload");
    }
}
