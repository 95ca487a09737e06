package dev.newsflow.ingest.claim;

import dev.newsflow.ingest.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads a claimed file without ever leaving it: the claim renamed the directory entry itself (a symbolic link stays a
 * link), so what is in the claim folder is checked without following links, opened with {@code O_NOFOLLOW}, and
 * must still be the same regular file once open. A link to {@code /etc/passwd}, a FIFO (opening one would block),
 * a device or a directory is refused unopened.
 */
public final class ClaimedFile {

    private ClaimedFile() {
    }

    /** @throws Refused when the entry is not a regular file or is larger than {@code maxBytes} */
    public static byte[] read(Path claimed, long maxBytes) throws IOException {
        BasicFileAttributes before = Files.readAttributes(claimed, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        refuseUnlessRegular(before);
        if (before.size() > maxBytes) {
            throw tooLarge(before.size() + " bytes", maxBytes);
        }
        try (FileChannel channel = FileChannel.open(claimed, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            BasicFileAttributes opened = Files.readAttributes(claimed, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!opened.isRegularFile() || !Objects.equals(opened.fileKey(), before.fileKey())) {
                throw new Refused(Reason.NOT_REGULAR_FILE, "the file was replaced while it was being opened");
            }
            // read with the ceiling, not by the size seen: a file still growing must not get past the limit
            int ceiling = (int) Math.min(maxBytes, Integer.MAX_VALUE - 9);
            byte[] content = in.readNBytes(ceiling + 1);
            if (content.length > ceiling) {
                throw tooLarge("more than " + ceiling + " bytes", maxBytes);
            }
            return content;
        }
    }

    private static void refuseUnlessRegular(BasicFileAttributes entry) {
        if (entry.isSymbolicLink()) {
            throw new Refused(Reason.NOT_REGULAR_FILE, "a symbolic link is never followed; copy or move the file itself in");
        }
        if (entry.isDirectory()) {
            throw new Refused(Reason.NOT_REGULAR_FILE, "a directory named like an article file (recursive is off)");
        }
        if (!entry.isRegularFile()) {
            throw new Refused(Reason.NOT_REGULAR_FILE, "a device, FIFO or socket is never read");
        }
    }

    private static Refused tooLarge(String size, long maxBytes) {
        return new Refused(Reason.TOO_LARGE, "file has " + size + ", more than the limit of " + maxBytes);
    }

    /** The claimed entry is not something ingest reads; it goes to failed/ with {@link #reason()}. */
    public static final class Refused extends RuntimeException {

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
