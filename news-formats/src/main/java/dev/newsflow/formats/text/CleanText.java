package dev.newsflow.formats.text;

/**
 * Text every consumer can store: JSON escapes ({@code \u0000}, {@code \ud800}) and odd files bring characters that
 * are valid in a Java string but refused downstream (PostgreSQL text holds no NUL; a lone surrogate has no UTF-8
 * form). Control characters other than line feed and tab are dropped; a lone surrogate becomes U+FFFD.
 */
public final class CleanText {

    private static final char REPLACEMENT = '\uFFFD';

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

    private static boolean dropped(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t';
    }
}
