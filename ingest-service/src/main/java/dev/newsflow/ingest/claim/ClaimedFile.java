package dev.newsflow.ingest.claim;

import dev.newsflow.ingest.InputRefusedException;
import dev.newsflow.ingest.Reason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a claimed file without ever leaving it: the claim renamed the directory entry itself (a symbolic link stays a
 * link), so what is in the claim folder is checked without following links, opened with {@code O_NOFOLLOW}, and
 * must still be the same regular file once open. A link to {@code /etc/passwd}, symbolic or hard, a FIFO (opening one
 * would block), a device or a directory is refused unopened.
 */
public final class ClaimedFile {

    private ClaimedFile() {
    }

    /** @throws InputRefusedException when the entry is not a regular file or is larger than {@code maxBytes} */
    public static byte[] read(Path claimed, long maxBytes) throws IOException {
        BasicFileAttributes before = Files.readAttributes(claimed, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        refuseUnlessRegular(before);
        if (links(claimed) > 1) {
            // another name of a file elsewhere, made with ln: where the system lets anyone link files they cannot
            // read (fs.protected_hardlinks=0), whoever may write to the inbox could make ingest publish a key
            throw new InputRefusedException(Reason.NOT_REGULAR_FILE, "a file with other hard links is never read (it"
                    + " may be a file outside the inbox); copy or move the file itself in");
        }
        if (before.size() > maxBytes) {
            throw tooLarge(before.size() + " bytes", maxBytes);
        }
        try (FileChannel channel = FileChannel.open(claimed, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes opened = Files.readAttributes(claimed, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!opened.isRegularFile() || !Objects.equals(opened.fileKey(), before.fileKey())) {
                throw new InputRefusedException(Reason.NOT_REGULAR_FILE, "the file was replaced while it was being opened");
            }
            // read with the ceiling, not by the size seen: a file still growing must not get past the limit
            int ceiling = (int) Math.min(maxBytes, Integer.MAX_VALUE - 9);
            byte[] content = readUpTo(channel, (int) Math.min(opened.size(), ceiling), ceiling + 1);
            if (content.length > ceiling) {
                throw tooLarge("more than " + ceiling + " bytes", maxBytes);
            }
            return content;
        }
    }

    /**
     * At most {@code limit} bytes, to the end of the file. The size seen is read first into room for one byte more,
     * so a file that did not change is read in two system calls (its bytes, then the end), instead of the four of an
     * input stream's {@code readNBytes} (which asks the size and position first); a file that grew goes on to the
     * limit.
     */
    private static byte[] readUpTo(FileChannel channel, int size, int limit) throws IOException {
        ByteBuffer seen = ByteBuffer.allocate(Math.min(size + 1, limit));
        while (seen.hasRemaining()) {
            if (channel.read(seen) < 0) {
                return Arrays.copyOf(seen.array(), seen.position());
            }
        }
        if (seen.position() == limit) {
            return seen.array();
        }
        byte[] rest = Channels.newInputStream(channel).readNBytes(limit - seen.position());
        byte[] content = Arrays.copyOf(seen.array(), seen.position() + rest.length);
        System.arraycopy(rest, 0, content, seen.position(), rest.length);
        return content;
    }

    private static void refuseUnlessRegular(BasicFileAttributes entry) {
        if (entry.isSymbolicLink()) {
            throw new InputRefusedException(Reason.NOT_REGULAR_FILE, "a symbolic link is never followed; copy or move the file itself in");
        }
        if (entry.isDirectory()) {
            throw new InputRefusedException(Reason.NOT_REGULAR_FILE, "a directory named like an article file (recursive is off)");
        }
        if (!entry.isRegularFile()) {
            throw new InputRefusedException(Reason.NOT_REGULAR_FILE, "a device, FIFO or socket is never read");
        }
    }

    /** The file's hard links; 1 where the file system does not say (no {@code unix} attributes). */
    private static int links(Path file) throws IOException {
        try {
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return links instanceof Integer count ? count : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return 1;
        }
    }

    private static InputRefusedException tooLarge(String size, long maxBytes) {
        return new InputRefusedException(Reason.TOO_LARGE, "file has " + size + ", more than the limit of " + maxBytes);
    }
}
