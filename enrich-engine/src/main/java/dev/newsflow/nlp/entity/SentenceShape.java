package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence's capitals carry information (prose, or a list of names such as a team line-up) or not (all-caps
 * or title-case headline, dateline).
 */
enum SentenceShape {
    PROSE, LIST, HEADLINE, DATELINE;

    /** All-caps words in a row from which on a line shouts: "NATO", "US FDA" are names, not shouting. */
    private static final int SHOUTED_RUN = 3;

    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "as", "vs", "with", "from",
            "into", "over", "after", "is", "are", "but", "up", "out", "off", "'s", "\u2019s");

    static SentenceShape of(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return PROSE; // every token of the sentence was dropped ("e-mail" opens into no name part)
        }
        int words = 0;
        int allCaps = 0;
        int lowerContent = 0;
        int separators = 0;
        for (Token token : tokens) {
            String t = token.text();
            if (t.equals(",") || t.equals(";")) {
                separators++;
            }
            if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            words++;
            if (NameShapes.isAllCaps(t)) {
                allCaps++;
            } else if (lowerContent == 0 && isLowerContent(t)) {
                lowerContent++; // only whether there is one matters, so the set is not probed again
            }
        }
        String last = tokens.get(tokens.size() - 1).text();
        if (tokens.size() <= 16 && (last.equals("-") || last.equals("--") || last.equals("\u2014")
                || last.equals("\u2013")) && NameShapes.isAllCaps(tokens.get(0).text())) {
            return DATELINE;
        }
        if (words >= 2 && allCaps * 10 >= words * 6) {
            return HEADLINE;
        }
        if (words >= 4 && lowerContent == 0 && separators >= 3 && separators * 3 >= words) {
            return LIST; // a list of names (a team line-up, a cast): capitals are names, as in prose
        }
        return words >= 4 && lowerContent == 0 ? HEADLINE : PROSE;
    }

    /** Whether no word of {@code tokens} is a lower-case content word: a title's, a credit's or a list's line. */
    static boolean isCapitalsOnly(List<Token> tokens) {
        for (Token token : tokens) {
            if (isLowerContent(token.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerContent(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !SMALL_WORDS.contains(word);
    }

    /**
     * The shape of a part of a line of capitalised parts ({@link SeparatedParts#of}): a short part is a name, as
     * a short line is ("Helena Marsh" and "Southampton Herald" in the credit "Helena Marsh · Southampton Herald", a
     * place before a site's name), unless a word of it is shouted, whose capitals say nothing ("FERRY | LATEST").
     */
    static SentenceShape ofPart(List<Token> part) {
        SentenceShape shape = of(part);
        if (shape != PROSE) {
            return shape;
        }
        for (Token token : part) {
            if (NameShapes.isAllCaps(token.text())) {
                return HEADLINE;
            }
        }
        return PROSE;
    }

    /**
     * Which tokens are words of a shouted run ({@value #SHOUTED_RUN} or more all-caps words in a row, colons, dashes
     * and slashes between them aside) in an otherwise ordinary sentence: a caption or a label glued to the prose
     * ("PHOTO: HARBOUR OF PORTMELL AT DAWN The council ..."), whose capitals say nothing, as a headline's; null when
     * there is none.
     */
    static boolean[] shoutedRuns(List<Token> tokens) {
        boolean[] shouted = null;
        int first = -1;
        int words = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            String t = i < tokens.size() ? tokens.get(i).text() : "";
            boolean word = !t.isEmpty() && Character.isLetter(t.charAt(0));
            if (word && NameShapes.isAllCaps(t)) {
                first = words++ == 0 ? i : first;
            } else if (word || !bridgesRun(t)) {
                if (words >= SHOUTED_RUN) {
                    shouted = shouted == null ? new boolean[tokens.size()] : shouted;
                    Arrays.fill(shouted, first, i, true);
                }
                words = 0;
            }
        }
        return shouted;
    }

    /**
     * The marks a caption's run goes on over ("PHOTO: HARBOUR TRUST/COAST COURIER", "IN PICTURES - THE FERRY"); any
     * other mark ends it as a lower-case word does: the commas of "The US, UK, EU and Japan" part a list of names.
     */
    private static boolean bridgesRun(String mark) {
        return mark.equals(":") || mark.equals("/") || NameShapes.isDash(mark);
    }
}
