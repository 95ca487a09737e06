package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/** Whether a sentence's capitals carry information (prose) or not (all-caps or title-case headline, dateline). */
enum SentenceShape {
    PROSE, HEADLINE, DATELINE;

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
        for (Token token : tokens) {
            String t = token.text();
            if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            words++;
            if (NameShapes.isAllCaps(t)) {
                allCaps++;
            } else if (lowerContent == 0 && Character.isLowerCase(t.charAt(0)) && !SMALL_WORDS.contains(t)) {
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
        return words >= 4 && lowerContent == 0 ? HEADLINE : PROSE;
    }
}
