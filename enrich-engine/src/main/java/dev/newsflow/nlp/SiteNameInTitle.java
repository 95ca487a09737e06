package dev.newsflow.nlp;

import dev.newsflow.nlp.text.Spaces;

/**
 * The part of a title that only names the site which published the article: "Quay opening delayed | Harbour
 * Gazette", "Harbour Gazette - Quay opening delayed" from the site "Harbour Gazette". Pages and feeds declare titles
 * that way and ingest keeps them verbatim, but the publisher is not something the article is about, and a mention
 * in the title would make it one of the article's most salient entities.
 *
 * <p>The rule is exact, so that it is predictable: the title ends (or else starts) with the whole site name, ignoring
 * case and spacing, behind a separator between spaces ({@code | - – — : · / » > • ~ \}). "Site: headline" is not cut
 * (a label before a colon is often the story's subject), nor is a title with nothing else in it. The name is matched
 * from the title's ends rather than at every separator: the work stays linear in a hostile title of many separators
 * or spaces.
 */
final class SiteNameInTitle {

    private static final String SEPARATORS = "|-–—:·/»>•~\\";
    private static final int BACKWARD = -1;
    private static final int FORWARD = 1;

    private SiteNameInTitle() {
    }

    /**
     * {@code title} with the part that names {@code site} and its separator turned into spaces, so that every other
     * character keeps its offset; {@code title} itself when no end of it is the site's name or nothing else is left.
     *
     * @param site the site's name, may be null
     */
    static String blanked(String title, String site) {
        String name = site == null ? "" : collapsed(site);
        if (name.isEmpty()) {
            return title;
        }
        int cut = behindSeparator(title, past(title, title.length(), name, BACKWARD), BACKWARD);
        if (cut >= 0 && hasWords(title, 0, cut)) {
            return blank(title, cut, title.length());
        }
        cut = behindSeparator(title, past(title, 0, name, FORWARD), FORWARD);
        if (cut >= 0 && hasWords(title, cut, title.length())) {
            return blank(title, 0, cut);
        }
        return title;
    }

    /**
     * Reads {@code name} in {@code title} from the boundary {@code from} on (spaces there skipped) in the direction
     * {@code step}, ignoring case and taking any run of spaces for one: the boundary past it, or -1 when the title does
     * not spell the name there. A boundary is an index between characters, 0 to the title's length.
     */
    private static int past(String title, int from, String name, int step) {
        int b = spacesFrom(title, from, step);
        for (int k = step == FORWARD ? 0 : name.length() - 1; k >= 0 && k < name.length(); k += step) {
            if (!hasNext(title, b, step)) {
                return -1;
            }
            char c = next(title, b, step);
            if (name.charAt(k) == ' ' ? !Spaces.isSpace(c) : !sameLetter(name.charAt(k), c)) {
                return -1;
            }
            b = name.charAt(k) == ' ' ? spacesFrom(title, b, step) : b + step;
        }
        return b;
    }

    /** Past spaces, one separator and spaces from the boundary {@code from}: where the rest of the title ends, or -1. */
    private static int behindSeparator(String title, int from, int step) {
        if (from < 0 || !hasNext(title, from, step) || !Spaces.isSpace(next(title, from, step))) {
            return -1;
        }
        int b = spacesFrom(title, from, step);
        if (!hasNext(title, b, step) || SEPARATORS.indexOf(next(title, b, step)) < 0) {
            return -1;
        }
        b += step;
        return hasNext(title, b, step) && Spaces.isSpace(next(title, b, step)) ? spacesFrom(title, b, step) : -1;
    }

    private static int spacesFrom(String title, int b, int step) {
        while (hasNext(title, b, step) && Spaces.isSpace(next(title, b, step))) {
            b += step;
        }
        return b;
    }

    private static boolean hasNext(String title, int b, int step) {
        return step == FORWARD ? b < title.length() : b > 0;
    }

    private static char next(String title, int b, int step) {
        return title.charAt(step == FORWARD ? b : b - 1);
    }

    private static String collapsed(String site) {
        StringBuilder name = new StringBuilder(site.length());
        for (int i = 0; i < site.length(); i++) {
            char c = site.charAt(i);
            if (!Spaces.isSpace(c)) {
                name.append(c);
            } else if (!name.isEmpty() && name.charAt(name.length() - 1) != ' ') {
                name.append(' ');
            }
        }
        return name.toString().stripTrailing();
    }

    /** As {@link String#equalsIgnoreCase} compares characters. */
    private static boolean sameLetter(char a, char b) {
        return a == b || Character.toLowerCase(Character.toUpperCase(a)) == Character.toLowerCase(Character.toUpperCase(b));
    }

    private static boolean hasWords(String text, int from, int to) {
        return text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String blank(String text, int from, int to) {
        return text.substring(0, from) + " ".repeat(to - from) + text.substring(to);
    }
}
