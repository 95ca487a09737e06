package dev.newsflow.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into word, number and punctuation tokens in one pass over the characters.
 *
 * <p>Hand-written rather than regex-based because it runs on every article and must stay in the
 * microseconds: words keep inner hyphens ("Jean-Claude", "UK-based") and apostrophes ("O'Brien"),
 * a possessive {@code 's} becomes its own token, dotted abbreviations ("U.S.", "Mr.", "Inc.") keep
 * their period, and numbers keep their separators ("1,500", "3.5").
 */
final class Tokenizer {

    /** Words whose trailing period belongs to the word (titles, company suffixes, months, ...). */
    static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj",
            "Adm", "Cmdr", "Rev", "Fr", "St", "Jr", "Sr", "Messrs", "Hon", "Pres", "Supt", "Insp", "Cpl",
            "Inc", "Corp", "Co", "Ltd", "Bros", "Cie", "Pty", "Plc", "Assn", "Dept", "Univ", "Mt", "Ft", "Ave",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            "No", "Nos", "vs", "etc", "approx", "est", "Ala", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ill",
            "Ind", "Kan", "Mass", "Mich", "Minn", "Miss", "Nev", "Okla", "Ore", "Penn", "Tenn", "Tex",
            "Va", "Wash", "Wis", "Wyo");

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 8);
        ArticleWords words = new ArticleWords(text.length() / 12 + 8);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else if (isLetterOrDigit(c)) {
                i = word(text, i, tokens, words);
            } else {
                i = punctuation(text, i, tokens, words);
            }
        }
        return tokens;
    }

    private static int word(String text, int start, List<Token> tokens, ArticleWords words) {
        int n = text.length();
        int i = start + 1;
        boolean dotted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                if (isPossessive(text, i + 1)) {
                    break;
                }
                i += 2;
            } else if ((c == '-' || c == '&') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else if ((c == '.' || c == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i - 1))) {
                i += 2;
            } else if (c == '.' && WebDomains.lengthAt(text, i + 1) > 0) {
                i += 1 + WebDomains.lengthAt(text, i + 1); // "Amazon.com", "gamesindustry.biz": a website is one name
            } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && isSingleLetterBefore(text, i, start) && i + 2 < n
                    && (text.charAt(i + 2) == '.' || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                dotted = true; // U.S, U.K, e.g
                i += 2;
            } else {
                break;
            }
        }
        int end = i;
        if (end < n && text.charAt(end) == '.' && keepsPeriod(text, start, end, dotted)) {
            end++;
        }
        tokens.add(new Token(words.of(text, start, end), start, end));
        if (end + 1 < n && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && isPossessive(text, end + 1)) {
            int suffixEnd = possessiveEnd(text, end + 1);
            tokens.add(new Token(words.of(text, end, suffixEnd), end, suffixEnd));
            return suffixEnd;
        }
        return end;
    }

    /**
     * {@link Character#isLetterOrDigit(char)}, answered for ASCII (nearly every character of the English text the
     * tokeniser reads) by two range tests instead of the Unicode tables.
     */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            char folded = (char) (c | 0x20);
            return (folded >= 'a' && folded <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** A possessive or contraction ending after the apostrophe: 's, 'm, 'd, 've, 'll, 're. */
    private static boolean isPossessive(String text, int sAt) {
        int n = text.length();
        char s = Character.toLowerCase(text.charAt(sAt));
        int end = sAt + 1;
        if (s == 'v' || s == 'l' || s == 'r') {
            if (end >= n || Character.toLowerCase(text.charAt(end)) != (s == 'v' ? 'e' : s == 'l' ? 'l' : 'e')) {
                return false;
            }
            end++;
        } else if (s != 's' && s != 'm' && s != 'd') {
            return false;
        }
        return end >= n || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static int possessiveEnd(String text, int sAt) {
        char s = Character.toLowerCase(text.charAt(sAt));
        return s == 'v' || s == 'l' || s == 'r' ? sAt + 2 : sAt + 1;
    }

    private static boolean isSingleLetterBefore(String text, int dot, int start) {
        return Character.isLetter(text.charAt(dot - 1)) && (dot - 1 == start || text.charAt(dot - 2) == '.');
    }

    private static boolean keepsPeriod(String text, int start, int end, boolean dotted) {
        if (dotted) {
            return true;
        }
        int length = end - start;
        if (length == 1) { // an initial: "George W. Bush"
            return Character.isUpperCase(text.charAt(start)) && end + 2 < text.length() && text.charAt(end + 1) == ' '
                    && Character.isUpperCase(text.charAt(end + 2));
        }
        return length <= 6 && ABBREVIATIONS.contains(text.substring(start, end));
    }

    private static int punctuation(String text, int start, List<Token> tokens, ArticleWords words) {
        char c = text.charAt(start);
        int end = start + 1;
        if (c == '<') {
            end = tickerEnd(text, start);
        } else if (c == '-' || c == '.') {
            while (end < text.length() && text.charAt(end) == c) {
                end++;
            }
        }
        tokens.add(new Token(words.of(text, start, end), start, end));
        return end;
    }

    /**
     * A Reuters ticker symbol ("&lt;SIEG.F&gt;") is one token, so its inner period never ends a sentence and its
     * letters never read as a name.
     */
    private static int tickerEnd(String text, int open) {
        int limit = Math.min(text.length(), open + 16);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i > open + 1 ? i + 1 : open + 1;
            }
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '-' && c != '&') {
                return open + 1;
            }
        }
        return open + 1;
    }
}
