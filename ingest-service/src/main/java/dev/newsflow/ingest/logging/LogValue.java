package dev.newsflow.ingest.logging;

/**
 * A value from outside (a file or upload name, an error message) made safe for one {@code key=value} log line:
 * control characters (newline, ESC, ...) are escaped so they can neither start a forged line nor colour a terminal,
 * and a value with a space, quote, {@code =} or backslash is quoted so it cannot fake another field.
 */
public final class LogValue {

    private LogValue() {
    }

    public static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length() + 2);
        boolean quote = text.isEmpty();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"', '\\' -> {
                    out.append('\\').append(c);
                    quote = true;
                }
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !isPaired(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        quote |= c == ' ' || c == '=';
                        out.append(c);
                    }
                }
            }
        }
        return quote ? "\"" + out + "\"" : out.toString();
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
