package dev.newsflow.nlp.tagger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPInputStream;

/** Reads a file the engine ships in its resources; a missing or unreadable one is a broken build, not a user error. */
final class ShippedResource {

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ShippedResource() {
    }

    static <T> T read(String resource, Reader<T> reader) {
        try (InputStream in = ShippedResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A gzip file inflated into one array of the size its trailer gives: no copies of a growing buffer (tens of MB
     * at every start for the word clusters). A stream the trailer does not describe whole (several members, over
     * 4 GB) is inflated again as it comes.
     */
    static byte[] gunzip(InputStream source) throws IOException {
        byte[] gzip = source.readAllBytes();
        int size = gzip.length < 4 ? -1
                : ByteBuffer.wrap(gzip, gzip.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (size >= 0) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
                byte[] bytes = new byte[size];
                if (in.readNBytes(bytes, 0, size) == size && in.read() < 0) {
                    return bytes;
                }
            }
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
            return in.readAllBytes();
        }
    }
}
