package dev.newsflow.nlp.tagger;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.zip.GZIPInputStream;

/** Reads a file the engine ships in its resources; a missing or unreadable one is a broken build, not a user error. */
final class ShippedResource {

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ShippedResource() {
    }

    /**
     * Writes {@code magic}, the length of {@code values} and the values, big-endian: a table the build computes from
     * the data, read at start by {@link #readInts} instead of being computed again.
     */
    static void writeInts(OutputStream out, int magic, int[] values) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(magic);
        data.writeInt(values.length);
        for (int value : values) {
            data.writeInt(value);
        }
        data.flush();
    }

    /** What {@link #writeInts} wrote, read a buffer at a time; a file of another layout ({@code magic}) fails. */
    static int[] readInts(InputStream in, int magic) throws IOException {
        DataInputStream head = new DataInputStream(in);
        if (head.readInt() != magic) {
            throw new IOException("not a table of this engine's layout");
        }
        int[] values = new int[head.readInt()];
        byte[] buffer = new byte[1 << 16];
        IntBuffer ints = ByteBuffer.wrap(buffer).asIntBuffer();
        for (int done = 0; done < values.length; ) {
            int count = Math.min(values.length - done, buffer.length / Integer.BYTES);
            if (in.readNBytes(buffer, 0, count * Integer.BYTES) != count * Integer.BYTES) {
                throw new EOFException("table cut short");
            }
            ints.get(0, values, done, count);
            done += count;
        }
        return values;
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
