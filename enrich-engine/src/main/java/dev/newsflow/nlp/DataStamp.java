package dev.newsflow.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * The CRC-32 and size of each data file the engine reads, as {@link ShippedForms} saw them: kept in
 * {@link EngineVersion#RESOURCE} beside the version, so that an engine whose data were edited after the generated files
 * were written (a build that skipped the tests) refuses to start instead of running on a stale version and name
 * table. A jar keeps each entry's CRC-32 in its directory, so the check reads no data; files outside a jar are read.
 */
final class DataStamp {

    private DataStamp() {
    }

    /** One line per data file: "name crc size". */
    static List<String> lines(String root, List<String> names) {
        List<String> lines = new ArrayList<>(names.size());
        for (String name : names) {
            lines.add(name + " " + stamp(root + name));
        }
        return lines;
    }

    /** Fails when a data file is not as {@link #lines} recorded it. */
    static void check(String root, List<String> recorded) {
        for (String line : recorded) {
            int space = line.indexOf(' ');
            String name = line.substring(0, space);
            if (!line.substring(space + 1).equals(stamp(root + name))) {
                throw new IllegalStateException("engine data file " + name + " changed after the generated resources"
                        + " were written: run dev.newsflow.nlp.ShippedForms (see its javadoc) and rebuild");
            }
        }
    }

    private static String stamp(String resource) {
        URL url = DataStamp.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing engine resource " + resource);
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                if (entry != null && entry.getCrc() != -1 && entry.getSize() != -1) {
                    return Long.toHexString(entry.getCrc()) + " " + entry.getSize();
                }
            }
            try (InputStream in = connection.getInputStream()) {
                CRC32 crc = new CRC32();
                byte[] buffer = new byte[1 << 16];
                long size = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    crc.update(buffer, 0, read);
                    size += read;
                }
                return Long.toHexString(crc.getValue()) + " " + size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
