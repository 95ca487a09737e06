package dev.newsflow.nlp.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
}
