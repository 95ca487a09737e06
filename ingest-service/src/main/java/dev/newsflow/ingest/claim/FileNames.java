package dev.newsflow.ingest.claim;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * File names as the bytes the file system holds. On Linux a name is any bytes; Java's {@code Path.toString()} decodes
 * them with {@code sun.jnu.encoding} (U+FFFD or {@code ?} for what does not decode), and a path built back from that
 * string names a different file. {@link Path#toUri()} percent-encodes the raw bytes and {@link Path#of(URI)} decodes
 * them back to the same bytes, so names are read and written through URIs here, never through strings.
 */
public final class FileNames {

    /** NAME_MAX of Linux file systems, in bytes. */
    static final int MAX_NAME_BYTES = 255;

    private FileNames() {
    }

    /** The last name of {@code path}, byte for byte. */
    public static byte[] bytes(Path path) {
        Path last = path.getFileName();
        if (last != null) {
            String name = last.toString();
            if (isPlainAscii(name)) {
                return name.getBytes(StandardCharsets.US_ASCII);
            }
        }
        String raw = path.toAbsolutePath().toUri().getRawPath();
        int end = raw.endsWith("/") ? raw.length() - 1 : raw.length();
        return percentDecode(raw.substring(raw.lastIndexOf('/', end - 1) + 1, end));
    }

    /**
     * The name as valid UTF-8 text that says which bytes it has: valid UTF-8 as it is, every other byte as
     * {@code \xHH}. Used for {@code origin.fileName}, reports and logs; never turned back into a path.
     */
    public static String display(Path path) {
        return display(bytes(path));
    }

    /**
     * A whole path shown as {@link #display(Path)} shows a name, for the {@code to=} of log lines: its
     * {@code toString()} would turn a byte that is not UTF-8 into U+FFFD, losing which byte it was.
     */
    public static String displayPath(Path path) {
        String raw = path.toAbsolutePath().toUri().getRawPath();
        // toUri() ends a directory's path with '/'; a folder moved to failed/ is shown as the entry it was
        return display(percentDecode(raw.length() > 1 && raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw));
    }

    static String display(byte[] name) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(name)).toString();
        } catch (CharacterCodingException notUtf8) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < name.length) {
                int length = sequenceLength(name, i);
                if (length > 0) {
                    out.append(new String(name, i, length, StandardCharsets.UTF_8));
                    i += length;
                } else {
                    out.append("\\x").append(HexFormat.of().withUpperCase().toHexDigits(name[i++]));
                }
            }
            return out.toString();
        }
    }

    /** {@code folder/name} with exactly these name bytes. */
    static Path resolve(Path folder, byte[] name) {
        String ascii = new String(name, StandardCharsets.ISO_8859_1);
        if (isPlainAscii(ascii)) {
            return folder.toAbsolutePath().resolve(ascii);
        }
        String base = folder.toAbsolutePath().toUri().getRawPath();
        StringBuilder uri = new StringBuilder("file://").append(base.endsWith("/") ? base : base + "/");
        for (byte b : name) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return Path.of(URI.create(uri.toString()));
    }

    /**
     * {@code insert} placed before the first dot (so {@code .json.gz} stays whole) and {@code append} at the end,
     * the part before the dot cut short when the result would pass {@value #MAX_NAME_BYTES} bytes.
     */
    static byte[] compose(byte[] name, String insert, String append) {
        byte[] in = insert.getBytes(StandardCharsets.UTF_8);
        byte[] end = append.getBytes(StandardCharsets.UTF_8);
        int dot = firstDot(name);
        int keep = Math.min(dot, MAX_NAME_BYTES - in.length - end.length - (name.length - dot));
        if (keep < 1) {
            // an extension too long to keep: cut the name from its end instead
            byte[] cut = Arrays.copyOf(name, boundary(name, Math.max(1, MAX_NAME_BYTES - in.length - end.length)));
            return concat(cut, in, end);
        }
        keep = boundary(name, keep);
        return concat(Arrays.copyOf(name, keep), in, Arrays.copyOfRange(name, dot, name.length), end);
    }

    private static int firstDot(byte[] name) {
        for (int i = 1; i < name.length; i++) {
            if (name[i] == '.') {
                return i;
            }
        }
        return name.length;
    }

    /** The largest cut at or below {@code at} that does not split a UTF-8 sequence. */
    private static int boundary(byte[] name, int at) {
        int cut = Math.min(at, name.length);
        while (cut > 1 && cut < name.length && (name[cut] & 0xC0) == 0x80) {
            cut--;
        }
        return cut;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Length of the valid UTF-8 sequence starting at {@code i}, or 0. */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.length) {
            return 0;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, i, length));
            return length;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }

    /**
     * The common case, taken without the URI round trip (which cost ingest ~5% of its CPU per file): a name of ASCII
     * bytes other than {@code ?} is the same string in every charset {@code sun.jnu.encoding} can be, while a byte
     * that does not decode turns into U+FFFD or {@code ?}, so such a name never passes.
     */
    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0 || c == '/' || c == '?' || c >= 0x80) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static byte[] percentDecode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                out.write(c); // toUri leaves only ASCII unescaped
            }
        }
        return out.toByteArray();
    }
}
