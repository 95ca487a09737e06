package dev.newsflow.store.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page ended: the sort key of its last article. The next page starts strictly after it, so articles
 * inserted meanwhile cannot shift an article into a page twice or out of all pages.
 *
 * @param rank relevance of the last article when the query was a search, else null
 */
public record Cursor(Double rank, Instant sortTime, String id) {

    private static final String VERSION = "1";

    public String encode() {
        String plain = String.join("|", VERSION, rank == null ? "" : Double.toString(rank), sortTime.toString(), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this API issued */
    public static Cursor decode(String text) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor this API issued", e);
        }
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
            throw new IllegalArgumentException("not a cursor this API issued");
        }
        try {
            Double rank = parts[1].isEmpty() ? null : Double.valueOf(parts[1]);
            return new Cursor(rank, Instant.parse(parts[2]), parts[3]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor this API issued", e);
        }
    }
}
