package dev.newsflow.nlp.geo;

/**
 * Reads a decimal number where it stands in a text, as {@link Double#parseDouble} reads it, NaN where that throws.
 * A plain decimal of at most 15 digits ("-34.61315", the data files' coordinates) is its digits as a whole number
 * divided by a power of ten: both are exact doubles, and a division of exact doubles rounds to the double nearest the
 * quotient, which is what {@code parseDouble} returns. Anything else goes to {@code parseDouble}.
 */
final class Decimals {

    private static final int MAX_DIGITS = 15; // below 2^53: exact as a double
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
            1e14, 1e15};

    private Decimals() {
    }

    static double parse(String text, int from, int to) {
        int i = from;
        boolean negative = i < to && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int scale = -1;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = 10 * digits + (c - '0');
                count++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return general(text.substring(from, to));
            }
        }
        if (count == 0 || count > MAX_DIGITS) {
            return general(text.substring(from, to));
        }
        double value = digits / POWERS[Math.max(scale, 0)];
        return negative ? -value : value;
    }

    private static double general(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
