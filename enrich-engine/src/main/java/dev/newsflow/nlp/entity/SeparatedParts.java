package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;

/** The parts of a line of names between spaced separators, read one by one. */
final class SeparatedParts {

    private SeparatedParts() {
    }

    /**
     * The parts of sentence {@code sentence} to read: for a line with no lower-case content word (a title and its
     * site, "Tidewell | Coast Courier"; a credit, "Helena Marsh · Southampton Herald"; a breadcrumb) the parts between
     * its spaced separators ({@link NameShapes#isSpacedSeparator}), each with the shape it would have as a line of its
     * own; for any other line the line whole, with {@code shape}.
     */
    static List<PartReader.Part> of(String text, int sentence, List<Token> tokens, SentenceShape shape) {
        List<PartReader.Part> whole = List.of(new PartReader.Part(sentence, tokens, shape));
        if (shape == SentenceShape.DATELINE || shape == SentenceShape.LIST || !SentenceShape.isCapitalsOnly(tokens)) {
            return whole;
        }
        List<PartReader.Part> parts = new ArrayList<>();
        boolean separated = false;
        int p = 0;
        for (int k = 0; k <= tokens.size(); k++) {
            if (k == tokens.size() || NameShapes.isSpacedSeparator(text, tokens.get(k))) {
                separated |= k < tokens.size();
                if (p < k) {
                    List<Token> part = new SentenceTokens(tokens.subList(p, k));
                    parts.add(new PartReader.Part(sentence, part, SentenceShape.ofPart(part)));
                }
                p = k + 1;
            }
        }
        return separated ? parts : whole;
    }
}
