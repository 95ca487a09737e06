package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;

/** The parts of a line of names between spaced separators, read one by one. */
final class SeparatedParts {

    private SeparatedParts() {
    }

    /**
     * The parts between spaced separators ({@link NameShapes#isSpacedSeparator}) of a line with no lower-case content
     * word (a title and its site, "Tidewell | Coast Courier"; a credit, "Helena Marsh · Southampton Herald"; a
     * breadcrumb), each to be read as the line it would be alone; null for any other line, which is read whole.
     */
    static List<List<Token>> ofLine(String text, List<Token> tokens, SentenceShape shape) {
        if (shape == SentenceShape.DATELINE || shape == SentenceShape.LIST || !SentenceShape.isCapitalsOnly(tokens)) {
            return null;
        }
        List<List<Token>> parts = null;
        int p = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (NameShapes.isSpacedSeparator(text, tokens.get(k))) {
                parts = parts == null ? new ArrayList<>() : parts;
                if (p < k) {
                    parts.add(new SentenceTokens(tokens.subList(p, k)));
                }
                p = k + 1;
            }
        }
        if (parts != null && p < tokens.size()) {
            parts.add(new SentenceTokens(tokens.subList(p, tokens.size())));
        }
        return parts;
    }
}
