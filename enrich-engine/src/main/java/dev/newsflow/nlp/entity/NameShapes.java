package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Spaces;
import dev.newsflow.nlp.text.Token;

import java.util.Set;

/** Character-level tests on tokens; no allocation. */
final class NameShapes {

    /** Lower-case particles inside names: "Bank of England", "Charles de Gaulle", "Ludwig van Beethoven". */
    private static final Set<String> PARTICLES = Set.of(
            "of", "de", "du", "da", "di", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le",
            "al", "el", "bin", "ibn", "y", "&", "upon");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private NameShapes() {
    }

    static boolean isCapitalised(Token token) {
        return Character.isUpperCase(token.text().charAt(0));
    }

    /** One space apart: not across a line break or punctuation. */
    static boolean adjacent(Token a, Token b) {
        return b.start() == a.end() + 1;
    }

    /**
     * A punctuation mark with white space on both sides: the " | " or " - " between a headline and its site, the
     * " » " of a breadcrumb, the " · " between a photographer and an agency. It separates names and is never part of
     * one: a hyphen inside a name has no spaces ("Rolls-Royce"), and the ampersand of "Procter & Gamble" is a word of
     * the name, not a separator. A no-break space counts as a space: web titles put one before the mark.
     */
    static boolean isSpacedSeparator(String text, Token token) {
        String t = token.text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return false;
            }
        }
        int before = token.start() - 1;
        return !t.equals("&") && (before < 0 || Spaces.isSpace(text.charAt(before)))
                && (token.end() == text.length() || Spaces.isSpace(text.charAt(token.end())));
    }

    static boolean isDash(String word) {
        return word.equals("-") || word.equals("\u2013") || word.equals("\u2014") || word.equals("--");
    }

    /** "the", "a", "an": what opens a description ("the Exchequer", "a retailer of ..."), never a name. */
    static boolean isArticle(String word) {
        return ARTICLES.contains(word);
    }

    /** A month's name, capitalised: "March", "May". */
    static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }

    /** A month's name or a word for a day ("Monday", "Today"): a date before a name, never a word of it. */
    static boolean isMonthOrDay(String word) {
        return MONTHS.contains(word) || word.endsWith("day");
    }

    /** The last word of a name of words apart by single spaces ("Corp" of "Acme Steel Corp"). */
    static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    static boolean isParticle(Token token) {
        return PARTICLES.contains(token.text());
    }

    /** All letters upper case and at least two of them ("NATO", "U.S.", "IRAN"). */
    static boolean isAllCaps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A possessive token after a name: 's or a lone apostrophe ("Jones'"), straight or curly. */
    static boolean isPossessive(String token) {
        return token.equals("'s") || token.equals("\u2019s") || token.equals("'") || token.equals("\u2019");
    }

    /** An acronym-shaped word: 2-6 capitals, maybe with digits or dots ("BA", "G8", "U.N."). */
    static boolean isAcronym(String word) {
        return word.length() <= 8 && isAllCaps(word) && Character.isLetter(word.charAt(0));
    }

    /** An acronym's plural ("PCs", "PSPs", "CVs"): capitals, then a lower-case "s". */
    static boolean isAcronymPlural(String word) {
        int n = word.length();
        if (n < 3 || n > 9 || word.charAt(n - 1) != 's') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Tokens after which a capitalised word is capitalised only because a sentence or quote starts. */
    static boolean opensClause(Token token) {
        String t = token.text();
        if (t.length() != 1) {
            return t.equals("--");
        }
        char c = t.charAt(0);
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == ':' || c == '-'
                || c == '\u2014' || c == '\u2013' || c == '[' || c == ';';
    }

    static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    /**
     * Whether {@code word} is one of the words of {@code name} between spaces and hyphens. Scanned in place: a
     * two-character class is no fast path of {@link String#split}, which compiled a pattern at every call.
     */
    static boolean hasWord(String name, String word) {
        for (int from = 0; from <= name.length(); ) {
            int to = wordEnd(name, from);
            if (to - from == word.length() && name.startsWith(word, from)) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    /** The capitals that open the words of {@code name} between spaces and hyphens. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (int from = 0; from < name.length(); ) {
            int to = wordEnd(name, from);
            if (to > from && Character.isUpperCase(name.charAt(from))) {
                out.append(name.charAt(from));
            }
            from = to + 1;
        }
        return out.toString();
    }

    /** Where the word of {@code name} starting at {@code from} ends: the next space or hyphen, or the end. */
    private static int wordEnd(String name, int from) {
        int to = from;
        while (to < name.length() && name.charAt(to) != ' ' && name.charAt(to) != '-') {
            to++;
        }
        return to;
    }
}
