package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the titles of works (films, books, shows, games), which are never entities although they
 * look like names, by the words before them. Without this "the film Million Dollar Baby" would yield a
 * person and "starred in Ocean's Twelve" an organisation.
 */
final class WorkCues {

    /** Verbs of acting right before "in" that make the following name a work: "starred in ...". */
    private static final Set<String> ACTING = Set.of(
            "starring", "starred", "stars", "appeared", "appearing", "appears", "cameo", "role", "roles");

    /** Nouns before "of" that make the following name a work (or a product, never an entity either). */
    private static final Set<String> RENDERINGS = Set.of(
            "version", "versions", "remake", "remakes", "cover", "covers");

    /** Verbs after the title that make it a clause's subject, not a modifier: "the first version of X has ...". */
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did");

    private final EntityLexicon lexicon;

    WorkCues(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A title-cased name is a work when a work noun stands before it ("the film X", "a revue, X"), a year's
     * ("1947's X"), an acting verb and "in" ("starred in X", "playing Y in X"), "star of", a rendering and "of" ("a
     * version of X", "the remake of The X"; not a possessive owner, "a version of Sega's game", and after "the" one that
     * ends the phrase, not a modifier: "a version of the Channel 4 show"), or when it fills a quotation by itself.
     */
    boolean namesWork(List<Token> tokens, int start, int end) {
        if (start == 0) {
            return false;
        }
        String previous = tokens.get(start - 1).text();
        String before = start >= 2 ? tokens.get(start - 2).text() : "";
        if (lexicon.workNouns.contains(previous) || (previous.equals(",") && lexicon.workNouns.contains(before))) {
            return true;
        }
        if ((previous.equals("as") || previous.equals("including") || previous.equals("like")) && start >= 3) {
            int at = previous.equals("as") && before.equals("such") ? start - 3 : start - 2;
            if (tokens.get(at).text().equals(",") && at > 0) {
                at--; // "films, including X"
            }
            String head = tokens.get(at).text();
            if (lexicon.workNouns.contains(head)) {
                return true; // "films such as X", "novels including X"
            }
        }
        if ((previous.equals("'s") || previous.equals("\u2019s")) && before.length() == 4
                && Character.isDigit(before.charAt(0)) && Character.isDigit(before.charAt(3))) {
            return true;
        }
        if (previous.equals("in")) {
            return ACTING.contains(before) || playsPartIn(tokens, start - 1);
        }
        if (previous.equals("of") && (before.equals("star") || before.equals("stars"))) {
            return true;
        }
        if (isRenderingOf(tokens, previous.equals("the") ? start - 1 : start)) {
            String next = end < tokens.size() ? tokens.get(end).text() : "";
            // not an owner ("a version of Sega's game") nor a modifier of a common noun ("versions of Kestrel
            // phones", "the cover of Vogue magazine"); after "the" only a whole phrase ("a version of the Band Aid
            // song", "of the Channel 4 show")
            boolean modifier = !next.isEmpty() && (previous.equals("the") ? Character.isLetterOrDigit(next.charAt(0))
                    : Character.isLowerCase(next.charAt(0)) && !CLAUSE_VERBS.contains(next)
                    && !NameShapes.isArticle(next)); // an article goes on the title: "a version of Noggin the Nog"
            return !NameShapes.isPossessive(next) && !modifier;
        }
        return isOpeningQuote(previous) && end < tokens.size() && isClosingQuote(tokens.get(end).text());
    }

    /** A word that continues a list, so a name right after a work's title is the next work ("X and Y"). */
    static boolean isListJoin(String t) {
        return t.equals("and") || t.equals("or") || t.equals(",");
    }

    /** How works and events are remembered, so that their other mentions ("the Incredibles") are dropped too. */
    static String withoutArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    /**
     * Drops the mentions that lie inside another occurrence of a work's or event's title of two or more words (lower
     * case, without "the"), which the tagger cut at a small word or read in part ("Jude" of "sang Hey Jude").
     */
    static void dropInside(String text, Set<String> titles, List<Mention> mentions) {
        String lower = null;
        for (String title : titles) {
            if (title.indexOf(' ') < 0) {
                continue;
            }
            lower = lower != null ? lower : text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                return; // a character whose lower case is longer: offsets would not match
            }
            for (int at = lower.indexOf(title); at >= 0; at = lower.indexOf(title, at + 1)) {
                int from = at;
                int to = at + title.length();
                if ((from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)))
                        || (to < text.length() && Character.isLetterOrDigit(text.charAt(to)))) {
                    continue; // inside longer words: "Marrow Lanes" is no "Marrow Lane"
                }
                // an owner before the title stays: "starred in Kellan Brody's The Marrow Tapes" names the director
                mentions.removeIf(m -> m.start() >= from && m.end() <= to && m.evidence() != Mention.Evidence.KNOWN
                        && !text.startsWith("'s", m.end()) && !text.startsWith("\u2019s", m.end()));
            }
        }
    }

    /** "version of", "remake of" right before {@code at}. */
    private static boolean isRenderingOf(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).text().equals("of") && RENDERINGS.contains(tokens.get(at - 2).text());
    }

    /** "playing a boxer in X": a role (a capitalised name) between "playing" and "in". */
    private static boolean playsPartIn(List<Token> tokens, int in) {
        for (int i = in - 2; i >= 0 && i >= in - 6; i--) {
            String t = tokens.get(i).text();
            if (t.equals("playing") || t.equals("played") || t.equals("plays")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpeningQuote(String t) {
        return t.equals("\"") || t.equals("\u201C") || t.equals("\u2018") || t.equals("'");
    }

    private static boolean isClosingQuote(String t) {
        return t.equals("\"") || t.equals("\u201D") || t.equals("\u2019") || t.equals("'");
    }
}
