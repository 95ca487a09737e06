package dev.newsflow.cli.evaluate;

import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation of the annotation guidelines' scoring (and of {@code score.py}): names compare equal after it. */
final class EntityNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Pattern TITLE = Pattern.compile("^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof)\\.?\\s+");

    private EntityNames() {
    }

    /** Case-folded, whitespace collapsed, without a leading "the", a trailing "'s" or a title. */
    static String normalise(String name) {
        String n = WHITESPACE.matcher(name.replace('\u2019', '\'').strip()).replaceAll(" ");
        n = n.toLowerCase(Locale.ROOT).replace("\u00df", "ss");
        n = LEADING_THE.matcher(n).replaceFirst("");
        n = POSSESSIVE.matcher(n).replaceFirst("");
        n = TITLE.matcher(n).replaceFirst("");
        return n.strip();
    }
}
