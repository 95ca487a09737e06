package dev.newsflow.formats.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text with a few bytes that are not UTF-8 in it: a windows-1252 quote pasted into a UTF-8 feed or page
 * ({@code 0x92} beside "Zoë café"). Read as UTF-8, each stray byte as the windows-1252 character it is, where reading
 * the whole file as windows-1252 would garble every UTF-8 character in it ("ZoÃ« cafÃ©") and a UTF-8 decoder would
 * put U+FFFD in place of the quote. Only text that writes UTF-8 characters is such text: at least one, and ten for
 * every stray byte past the second; legacy text (windows-1252, windows-1251, Latin-1) is mostly stray bytes.
 * Written here because no decoder mixes two charsets by byte.
 */
final class Utf8WithStrayBytes {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int ALWAYS_ALLOWED = 2;
    private static final int UTF8_PER_STRAY = 10;

    private Utf8WithStrayBytes() {
    }

    /** @return the text, or null when {@code b} is not UTF-8 with a few stray bytes */
    static String decode(byte[] b) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length);
        int stray = 0;
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (result.isUnderflow()) {
                utf8.flush(out);
                break;
            }
            if (!result.isError()) {
                return null; // no overflow: a byte never makes more than one char
            }
            for (int i = 0; i < result.length(); i++) {
                out.put(new String(new byte[] {in.get()}, WINDOWS_1252).charAt(0));
                stray++;
            }
            // a UTF-8 character takes two bytes at least: past this many stray bytes no count of them can allow it
            if (stray > Math.max(ALWAYS_ALLOWED, b.length / (2 * UTF8_PER_STRAY))) {
                return null;
            }
        }
        out.flip();
        int nonAscii = 0;
        for (int i = 0; i < out.length(); i++) {
            nonAscii += out.charAt(i) > 0x7F ? 1 : 0;
        }
        int written = nonAscii - stray; // characters the file writes in UTF-8 (a pair of surrogates counts twice)
        return stray > 0 && written > 0 && stray <= Math.max(ALWAYS_ALLOWED, written / UTF8_PER_STRAY) ? out.toString()
                : null;
    }
}
