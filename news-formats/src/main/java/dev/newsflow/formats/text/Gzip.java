package dev.newsflow.formats.text;

import dev.newsflow.formats.FormatException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Inflates {@code .gz} content with a hard ceiling, so a small bomb cannot fill memory. */
public final class Gzip {

    private static final int MIN_BUFFER = 64 * 1024;

    private static final long MAX_RATIO = 1032;

    private Gzip() {
    }

    public static byte[] inflate(byte[] compressed, long maxBytes) {
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            // Sized by the trailer's declared length, a well-formed file inflates straight into the array returned,
            // instead of a growing buffer plus a final copy (twice the memory at the peak). The trailer is only a
            // hint (mod 2^32, last member only), so a wrong one just costs a resize.
            // deflate packs at most ~1,032 bytes into one, so a trailer declaring more is forged: it must not size the
            // first array (a 20-byte file declaring 4 GB would take the whole limit at once)
            long plausible = Math.min(declaredSize(compressed), MAX_RATIO * compressed.length);
            byte[] out = new byte[(int) Math.min(Math.max(plausible, MIN_BUFFER), limit)];
            int total = 0;
            while (true) {
                int n = in.readNBytes(out, total, out.length - total);
                total += n;
                if (total < out.length) {
                    return Arrays.copyOf(out, total);
                }
                int next = in.read();
                if (next < 0) {
                    return out;
                }
                if (out.length == limit) {
                    throw new FormatException(FormatException.Reason.TOO_LARGE,
                            "gzip content inflates beyond the limit of " + maxBytes + " bytes");
                }
                out = Arrays.copyOf(out, (int) Math.min(2L * out.length, limit));
                out[total++] = (byte) next;
            }
        } catch (IOException e) {
            throw new FormatException(FormatException.Reason.MALFORMED, "not a valid gzip file: " + e.getMessage(), e);
        }
    }

    private static int declaredSize(byte[] gzip) {
        if (gzip.length < 4) {
            return 0;
        }
        int n = gzip.length;
        long size = (gzip[n - 4] & 0xFFL) | (gzip[n - 3] & 0xFFL) << 8 | (gzip[n - 2] & 0xFFL) << 16
                | (gzip[n - 1] & 0xFFL) << 24;
        return (int) Math.min(size, Integer.MAX_VALUE - 8);
    }
}
