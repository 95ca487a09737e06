package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Holds the tagger's spans to the annotation guidelines' idea of a name, which its training data (tokenised
 * differently, and without titles glued on) does not teach: a name is capitalised words joined only by particles
 * ("Bank of England", "Save the Music"), so a span is cut at a dash ("Alan Milburn - a former ...", "US-Russia",
 * "US-based"), and at any other lower-case word ("Wales fly-half Stephen Jones");
 * each part starts and ends with a capitalised word or a number; and a person's name sheds the titles around it
 * ("PM John Prescott", "Frank Field MP"), royal styles excepted; a nationality before a body every state has is
 * a modifier, not part of its name ("Brazilian Foreign Ministry", "American Congress"); a name ending in an event's,
 * law's or award's word is none of the three types.
 */
final class SpanCleaner {

    /** Lower-case words that join the parts of one name beyond the particles of {@link NameShapes}. */
    private static final Set<String> JOINERS = Set.of("and", "for", "the", "&");

    private final EntityLexicon lexicon;
    private final KnownNames names;
    private final NationalityModifiers nationalities;

    SpanCleaner(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
        this.nationalities = new NationalityModifiers(lexicon, names);
    }

    /** Receives one cleaned part {@code [from, to)} of a span. */
    interface Parts {
        void part(int from, int to);
    }

    void split(String text, List<Token> tokens, int a, int b, boolean person, Parts out) {
        int demonym = person ? 0 : nationalities.demonymLength(tokens, a, b);
        if (demonym > 0 && a + demonym < b && nationalities.isStateBody(tokens, a + demonym, b)) {
            a += demonym;
        }
        int p = a;
        for (int k = a; k < b; k++) {
            if (breaksName(tokens, k)) {
                emit(text, tokens, p, k, person, out);
                p = k + 1;
            }
        }
        emit(text, tokens, p, b, person, out);
    }

    /**
     * A dash token inside a span is a break whatever surrounds it: the tokenizer keeps hyphenated names whole
     * ("Jean-Claude", "Simpson-Daniel"), so a lone "-" is a spaced dash or a compound the splitter opened
     * ("US-Russia", "UK-based").
     */
    private static boolean breaksName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String word = t.text();
        if (isDash(word)) {
            return true;
        }
        return Character.isLowerCase(word.charAt(0)) && !NameShapes.isParticle(t) && !JOINERS.contains(word)
                && !hasUpper(word);
    }

    private void emit(String text, List<Token> tokens, int p, int q, boolean person, Parts out) {
        while (p < q && !isNameWord(tokens.get(p).text())) {
            p++;
        }
        while (q > p && !isNameWord(tokens.get(q - 1).text())) {
            q--;
        }
        if (person && p < q && !lexicon.royalStyles.contains(tokens.get(p).text())) {
            int title = names.titleLength(text, tokens, p, q);
            if (title > 0 && p + title < q) {
                p += title;
            }
            while (q - 1 > p && (lexicon.titleHeads.contains(tokens.get(q - 1).text())
                    || lexicon.honorifics.contains(tokens.get(q - 1).text()))) {
                q--;
            }
        }
        if (p < q && !(q - p >= 2 && lexicon.nonEntitySuffixes.contains(tokens.get(q - 1).text()))
                && !(q - p == 1 && lexicon.nonEntities.contains(tokens.get(p).text()))) {
            out.part(p, q); // not an event or law ("... Agreement", "... Cup"), nor a lone weekday or month
        }
    }

    private static boolean isNameWord(String word) {
        char c = word.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || hasUpper(word);
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("\u2013") || word.equals("\u2014") || word.equals("--");
    }

    private static boolean hasUpper(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
