package dev.newsflow.formats.text;

import java.nio.charset.Charset;

/**
 * Text every consumer can store: JSON escapes ({@code \u0000}, {@code \ud800}) and odd files bring characters that
 * are valid in a Java string but refused downstream (PostgreSQL text holds no NUL; a lone surrogate has no UTF-8
 * form). Control characters other than line feed and tab are dropped, and so is U+FEFF, a byte-order mark inside
 * the text; a lone surrogate becomes U+FFFD. A C1 control (U+0080 to U+009F) is read as the windows-1252 character
 * of its byte, as HTML reads {@code &#146;}: no text means those controls, they are windows-1252 text read as Latin-1
 * or referred to by its byte ({@code Don&#146;t} in a feed, {@code \u0092} in JSON); the five bytes windows-1252
 * leaves undefined are dropped.
 */
public final class CleanText {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char FIRST_C1 = '\u0080';
    private static final String WINDOWS_1252_C1 = windows1252C1();

    private CleanText() {
    }

    public static String of(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else if (c >= FIRST_C1 && c - FIRST_C1 < WINDOWS_1252_C1.length()) {
                char meant = WINDOWS_1252_C1.charAt(c - FIRST_C1);
                if (meant != REPLACEMENT) {
                    out.append(meant);
                }
            } else if (!dropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                continue; // printable ASCII, most of any text: neither dropped nor a surrogate
            }
            if (dropped(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** What windows-1252 makes of the bytes 0x80 to 0x9F, U+FFFD where it defines none. */
    private static String windows1252C1() {
        byte[] bytes = new byte[0x20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (FIRST_C1 + i);
        }
        char[] chars = new String(bytes, Charset.forName("windows-1252")).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.isISOControl(chars[i]) ? REPLACEMENT : chars[i];
        }
        return new String(chars);
    }

    /** A control, or a byte-order mark inside the text (a PHP include that starts with one): invisible, meaningless. */
    private static boolean dropped(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t' || c == BYTE_ORDER_MARK;
    }
}
