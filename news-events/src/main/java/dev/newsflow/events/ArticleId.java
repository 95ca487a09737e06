package dev.newsflow.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content-derived article id: the same article dropped twice, re-encoded or re-wrapped, gets the same id, so every
 * consumer can be idempotent. Normalisation is NFKC, case-folded, with all whitespace runs collapsed, so layout
 * differences between formats do not change the id; punctuation and wording do.
 */
public final class ArticleId {

    private static final int HEX_CHARS = 32;

    private ArticleId() {
    }

    /** 32 lower-case hex characters (128 bits of SHA-256). */
    public static String of(String title, String body) {
        return HexFormat.of().formatHex(sha256(canonical(title, body)), 0, HEX_CHARS / 2);
    }

    /** The UTF-8 bytes the id hashes: the normalised title, a NUL, the normalised body. */
    static byte[] canonical(String title, String body) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        if (Latin1Canonical.applies(t) && Latin1Canonical.applies(b)) {
            return Latin1Canonical.of(t, b);
        }
        return (normalise(t) + "\u0000" + normalise(b)).getBytes(StandardCharsets.UTF_8);
    }

    public static boolean isValid(String id) {
        return id != null && id.length() == HEX_CHARS && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return collapseWhitespace(nfkc.toLowerCase(Locale.ROOT)).strip();
    }

    /**
     * Each run of the characters of the regex {@code \s} (space, tab, line feed, vertical tab, form feed, carriage
     * return) as one space, exactly as {@code replaceAll("\\s+", " ")} did: a loop because, in ingest's C1-compiled
     * code (its first tens of thousands of articles), that regex over every body took ~18 % of its CPU per article.
     * The ids must never change.
     */
    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r'); // \t to \r: tab, LF, VT, FF, CR
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    /** Hex SHA-256 of bytes, as used for {@link ArticleOrigin#contentSha256()}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
