package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Opens hyphenated words that hold names: "US-Russia" holds two places, "UK-based" and "Paris-led" hold
 * one, "anti-American" holds a demonym. Names that are hyphenated themselves ("Jean-Claude", "al-Qaeda",
 * "Aulnay-sous-Bois", "Guinea-Bissau") stay whole. Parts are separated by a "-" token so they never
 * join the words around them.
 */
final class CompoundSplitter {

    /** Lower-case parts that sit inside hyphenated names rather than mark a compound. */
    private static final Set<String> NAME_PARTS = Set.of(
            "al", "el", "bin", "ibn", "abu", "de", "di", "da", "du", "la", "le", "les", "sur", "sous", "en", "upon",
            "on", "am", "an", "der", "von", "van", "y", "d", "l");

    private final KnownNames names;

    CompoundSplitter(KnownNames names) {
        this.names = names;
    }

    /**
     * {@code tokens} with their compounds opened; they are spans of {@code text}, in text order. Only a token holding
     * a hyphen can open, and most sentences have none: one scan of the sentence's text for the first hyphen skips the
     * tokens before it, and the whole sentence when it has none, where a search of every token's characters was a
     * fortieth of the engine's time.
     */
    List<Token> split(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        // bounded by the sentence: a search to the text's end for each sentence grew with the square of a long text
        int hyphen = text.indexOf('-', tokens.getFirst().start(), tokens.getLast().end());
        if (hyphen < 0) {
            return tokens;
        }
        int first = 0;
        while (tokens.get(first).end() <= hyphen) {
            first++;
        }
        List<Token> out = null;
        for (int i = first; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<Token> parts = token.text().indexOf('-') > 0 ? open(token) : null;
            if (parts != null && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                if (parts != null) {
                    out.addAll(parts);
                } else {
                    out.add(token);
                }
            }
        }
        return out == null ? tokens : out;
    }

    private List<Token> open(Token token) {
        String word = token.text();
        if (names.isKnown(token)) { // the word's flags, looked up once per article
            return null;
        }
        String[] parts = word.split("-");
        if (parts.length < 2 || parts[0].isEmpty()) {
            return null;
        }
        boolean firstLower = Character.isLowerCase(parts[0].charAt(0));
        if (firstLower && NAME_PARTS.contains(parts[0])) {
            return null;
        }
        List<Token> out = new ArrayList<>(parts.length * 2);
        int offset = token.start();
        boolean allKnown = true;
        for (String part : parts) {
            if (part.isEmpty() || Character.isDigit(part.charAt(0))) {
                return null; // "Karbala-5", "F-16": names of operations and products
            }
            boolean capital = Character.isUpperCase(part.charAt(0));
            if (!capital && NAME_PARTS.contains(part) && !firstLower) {
                return null;
            }
            if (!capital && !firstLower) {
                if (out.isEmpty()) {
                    return null; // "北京e-mail": a first part neither capitalised nor lower case opens no name
                }
                out.add(new Token("-", offset - 1, offset));
                return out; // "UK-based": the name is what precedes the first lower-case part
            }
            if (capital) {
                allKnown &= isKnown(part);
                out.add(new Token(part, offset, offset + part.length()));
                boolean last = offset + part.length() >= token.end();
                if (!(last && parts[0].equals("ex"))) { // "ex-King Michael": the title goes on into the name
                    out.add(new Token("-", offset + part.length(), Math.min(offset + part.length() + 1, token.end())));
                }
            }
            offset += part.length() + 1;
        }
        if (out.isEmpty()) {
            return null; // "team-mate": no name inside, the word stays as it is
        }
        return firstLower || allKnown ? out : null;
    }

    private boolean isKnown(String name) {
        return names.isKnown(name);
    }
}
