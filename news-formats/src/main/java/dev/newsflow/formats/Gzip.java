package dev.newsflow.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Inflates {@code .gz} content with a hard ceiling, so a small bomb cannot fill memory. */
final class Gzip {

    private Gzip() {
    }

    static byte[] inflate(byte[] compressed, long maxBytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new FormatException(FormatException.Reason.TOO_LARGE,
                            "gzip content inflates beyond the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FormatException(FormatException.Reason.MALFORMED, "not a valid gzip file: " + e.getMessage(), e);
        }
    }
}
