package dev.newsflow.ingest.api;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.InputRefusedException;
import dev.newsflow.ingest.Reason;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.Map;

/**
 * The name an upload is read under: the one the client gave (a {@code filename} parameter or the multipart file
 * name), else one whose extension selects the same reader as a dropped file of that content type. The name is data
 * ({@code origin.fileName}), never a path: nothing is ever written under it.
 */
final class UploadNames {

    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("text/plain", "upload.txt"),
            Map.entry("text/markdown", "upload.md"),
            Map.entry("application/json", "upload.json"),
            Map.entry("application/x-ndjson", "upload.jsonl"),
            Map.entry("application/jsonl", "upload.jsonl"),
            Map.entry("text/html", "upload.html"),
            Map.entry("application/xhtml+xml", "upload.xhtml"),
            Map.entry("application/rss+xml", "upload.rss"),
            Map.entry("application/atom+xml", "upload.atom"),
            Map.entry("application/rdf+xml", "upload.rdf"),
            Map.entry("application/xml", "upload.xml"),
            Map.entry("text/xml", "upload.xml"));

    private UploadNames() {
    }

    /**
     * @throws InputRefusedException {@code bad-request} when the given name holds control characters (a NUL would
     *                               be refused by the store, a newline or ESC could forge log lines) or unpaired
     *                               surrogates; {@code unsupported} when neither name nor content type says the format
     */
    static String of(String given, String contentType) {
        if (given != null && !given.isBlank()) {
            if (!isClean(given)) {
                throw new InputRefusedException(Reason.BAD_REQUEST,
                        "the file name contains control characters or broken UTF-16");
            }
            return given;
        }
        String type = baseType(contentType);
        String name = type == null ? null : BY_TYPE.get(type);
        if (name == null) {
            throw new InputRefusedException(Reason.UNSUPPORTED, "cannot tell the format of a "
                    + (type == null ? "body without a content type" : type + " body")
                    + ": name it with ?filename=<name>.<ext> (or a multipart file name), ext one of ."
                    + String.join(", .", ArticleFormats.EXTENSIONS) + ", optionally followed by .gz");
        }
        return name;
    }

    private static boolean isClean(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType() + "/" + type.getSubtype();
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
