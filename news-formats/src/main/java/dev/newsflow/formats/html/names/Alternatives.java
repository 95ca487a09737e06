package dev.newsflow.formats.html.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression of alternatives ({@code "comment|sidebar|(?:^|\\s)ads?(?:-|\\s|$)"}) asked only whether it
 * occurs in a text, answered as {@link java.util.regex.Matcher#find()} answers it, several times faster. The regex
 * engine tries every alternative at every position of the text: for the class-name lists of furniture and content
 * (fifty words) that took 5-19 microseconds per class attribute, asked of every element with one. Here an
 * alternative that is a plain word is looked for only where the text has its first letter, and each other
 * alternative is its own pattern (one that starts with a word is found by the engine's Boyer-Moore scan).
 * Equivalent because a text holds one of several alternatives exactly when it holds any one of them.
 */
public final class Alternatives {

    private static final String REGEX_SYNTAX = "\\^$.|?*+()[]{}";
    private static final String QUANTIFIERS = "?*+{";
    // "(?i)a|b" or "a|(?i)b|c" would no longer reach the alternatives after theirs once split: flags go in the factory
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[-a-zA-Z]+\\)");

    // plain-word alternatives by their first character (ASCII only; any other first character makes a pattern)
    private final String[][] wordsByFirst = new String[128][];
    private final Pattern[] patterns;
    // for each pattern, the text every match of it starts with ("comment" of "comments?(?:$|-list)"), or "": a text
    // without it needs no matcher (one is allocated and run per pattern, and most class names hold none of them)
    private final String[] prefixes;
    private final boolean ignoreCase;

    private Alternatives(String regex, int flags) {
        if (INLINE_FLAGS.matcher(regex).find()) {
            throw new IllegalArgumentException("inline flags would not reach the alternatives after theirs: " + regex);
        }
        this.ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
        List<Pattern> others = new ArrayList<>();
        for (String alternative : split(regex)) {
            if (isWord(alternative)) {
                int first = alternative.charAt(0);
                String[] words = wordsByFirst[first];
                String[] more = words == null ? new String[1] : Arrays.copyOf(words, words.length + 1);
                more[more.length - 1] = alternative;
                wordsByFirst[first] = more;
            } else {
                others.add(Pattern.compile(alternative, flags));
            }
        }
        this.patterns = others.toArray(Pattern[]::new);
        this.prefixes = others.stream().map(p -> ignoreCase ? "" : literalPrefix(p.pattern())).toArray(String[]::new);
    }

    /** @param regex alternatives at its top level; a word may be written in lower case only when ignoring case */
    public static Alternatives of(String regex) {
        return new Alternatives(regex, 0);
    }

    /** {@link #of} with {@link Pattern#CASE_INSENSITIVE} (ASCII letters only, as the regex flag means). */
    public static Alternatives ignoringCase(String regex) {
        return new Alternatives(regex, Pattern.CASE_INSENSITIVE);
    }

    /** True when some alternative occurs in {@code text}, as {@code Pattern.compile(regex).matcher(text).find()}. */
    public boolean in(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (ignoreCase && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            String[] words = c < 128 ? wordsByFirst[c] : null;
            if (words != null) {
                for (String word : words) {
                    if (text.regionMatches(ignoreCase, i, word, 0, word.length()) && asciiCase(text, i, word)) {
                        return true;
                    }
                }
            }
        }
        for (int p = 0; p < patterns.length; p++) {
            if (text.contains(prefixes[p]) && patterns[p].matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters a regex matches literally at its start (after a lookbehind, which matches none), up to its
     * first syntax or a character a quantifier makes optional or repeatable: every match holds them.
     */
    static String literalPrefix(String regex) {
        int start = 0;
        if (regex.startsWith("(?<!") || regex.startsWith("(?<=")) {
            int close = regex.indexOf(')');
            if (close < 0 || regex.indexOf('(', 1) < close) {
                return "";
            }
            start = close + 1;
        }
        int end = start;
        while (end < regex.length() && REGEX_SYNTAX.indexOf(regex.charAt(end)) < 0) {
            end++;
        }
        if (end < regex.length() && QUANTIFIERS.indexOf(regex.charAt(end)) >= 0 && end > start) {
            end--; // "comments?": the s may be missing
        }
        return regex.substring(start, end);
    }

    /**
     * {@link String#regionMatches(boolean, int, String, int, int)} folds case beyond ASCII (the Kelvin sign is a
     * "k" to it); the regex flag does not: a match that needed such a fold is none.
     */
    private boolean asciiCase(String text, int at, String word) {
        if (!ignoreCase) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (c >= 128 && c != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A plain word: no regex syntax, starting with an ASCII character, in lower case when case is ignored. */
    private boolean isWord(String alternative) {
        if (alternative.isEmpty() || alternative.charAt(0) >= 128) {
            return false;
        }
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (REGEX_SYNTAX.indexOf(c) >= 0 || ignoreCase && (c >= 'A' && c <= 'Z' || c >= 128)) {
                return false;
            }
        }
        return true;
    }

    /** The top-level alternatives: split at each {@code |} outside groups, character classes and escapes. */
    private static List<String> split(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }
}
