package dev.newsflow.ingest.api;

import dev.newsflow.formats.FormatException;

import java.io.IOException;
import java.io.InputStream;

/**
 * A raw request body read with the max-file-size ceiling. Multipart limits do not cover raw bodies, and reading one
 * whole before checking its size would let a single request fill memory.
 */
final class UploadBody {

    private UploadBody() {
    }

    /** @param declaredLength the Content-Length, or -1 when the body is chunked */
    static byte[] read(InputStream body, long declaredLength, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(declaredLength + " bytes", maxBytes);
        }
        int ceiling = (int) Math.min(maxBytes, Integer.MAX_VALUE - 9);
        byte[] content = body.readNBytes(ceiling + 1);
        if (content.length > ceiling) {
            throw tooLarge("more than " + ceiling + " bytes", maxBytes);
        }
        return content;
    }

    private static FormatException tooLarge(String size, long maxBytes) {
        return new FormatException(FormatException.Reason.TOO_LARGE,
                "upload has " + size + ", more than the limit of " + maxBytes);
    }
}
