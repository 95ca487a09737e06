package dev.newsflow.enrich.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A score as {@code String.format(Locale.ROOT, "%+.2f", score)} writes it ({@code +0.25}, {@code -0.33}), without
 * a {@code Formatter} built and its format string parsed for every article enrich logs.
 */
final class SignedScore {

    private SignedScore() {
    }

    static String format(double score) {
        if (!Double.isFinite(score)) {
            return String.format(Locale.ROOT, "%+.2f", score);
        }
        // the formatter rounds the shortest decimal form half up, as BigDecimal.valueOf's digits are rounded here;
        // the sign is the double's own, so -0.001 and -0.0 print as -0.00 as the formatter prints them
        boolean negative = score < 0 || Double.doubleToRawLongBits(score) == Long.MIN_VALUE;
        String digits = BigDecimal.valueOf(Math.abs(score)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return (negative ? "-" : "+") + digits;
    }
}
