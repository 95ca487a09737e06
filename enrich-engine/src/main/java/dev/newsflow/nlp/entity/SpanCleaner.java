package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Holds the tagger's spans to the annotation guidelines' idea of a name, which its training data (tokenised
 * differently, and without titles glued on) does not teach: a name is capitalised words joined only by particles
 * ("Bank of England", "Save the Music"), so a span is cut at a dash ("Alan Milburn - a former ...", "US-Russia",
 * "US-based"), at any other mark between spaces ("Portsmouth | Harbour Gazette", {@link NameShapes#isSpacedSeparator}),
 * and at any other lower-case word ("Wales fly-half Stephen Jones");
 * each part starts and ends with a capitalised word or a number; and a person's name sheds the titles around it
 * ("PM John Prescott", "Frank Field MP"), royal styles excepted, and the political labels before it ({@link
 * PersonLabels}: "Blairite Alan Milburn", "Labour's Alan Milburn"); a nationality or country before a body of a state
 * is a modifier, not part of its name ({@link NationalityModifiers}: "Brazilian Foreign Ministry", "US State
 * Department", "Houses of Parliament" is Parliament); a name ending in an event's, law's or award's word is none of
 * the three types.
 */
final class SpanCleaner {

    /** Lower-case words that join the parts of one name beyond the particles of {@link NameShapes}. */
    private static final Set<String> JOINERS = Set.of("and", "for", "the", "&");
    /** Words of a role's standing, not of names: see {@link #startAfterModifier}. */
    private static final Set<String> STANDING = Set.of("Former", "Ex", "Senior", "Acting", "Outgoing", "Incoming",
            "Interim", "Shadow");

    private final EntityLexicon lexicon;
    private final KnownNames names;
    private final NationalityModifiers nationalities;
    private final PersonLabels labels;

    SpanCleaner(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
        this.nationalities = new NationalityModifiers(lexicon, names);
        this.labels = new PersonLabels(lexicon);
    }

    /** Receives one cleaned part {@code [from, to)} of a span. */
    interface Parts {
        void part(int from, int to);
    }

    void split(String text, List<Token> tokens, int a, int b, boolean person, Parts out) {
        if (!person) {
            a = startAfterModifier(text, tokens, a, b);
            a = nationalities.bodyStart(text, tokens, a, b);
            a = pluralBodyStart(text, tokens, a, b);
        }
        int p = a;
        for (int k = a; k < b; k++) {
            if (breaksName(text, tokens, k)) {
                emit(text, tokens, p, k, person, out);
                p = k + 1;
            }
        }
        emit(text, tokens, p, b, person, out);
    }

    /**
     * Past a word of a role's standing that opens the sentence, capitalised only for that, before a name the lists
     * know: "Former England captain ...", "Senior Tories ...", "Shadow Treasury ..." name England, the Tories and
     * the Treasury; mid-sentence the word is lower case ("former England captain"). Only these few words of time and
     * rank: other title modifiers are words of names too ("General Motors", "Air China", "First Boston").
     */
    private int startAfterModifier(String text, List<Token> tokens, int a, int b) {
        if (a != 0 || b - a < 2 || !STANDING.contains(tokens.get(a).text())
                || names.knownLength(text, tokens, a + 1, b) != b - a - 1) {
            return a;
        }
        return a + 1;
    }

    /**
     * Past the plural of an organisation's word before a listed organisation: the "Houses of Parliament" are
     * Parliament, whose two chambers they are; {@code a} otherwise.
     */
    private int pluralBodyStart(String text, List<Token> tokens, int a, int b) {
        String word = tokens.get(a).text();
        if (b - a < 3 || !word.endsWith("s") || !lexicon.orgPrefixes.contains(word.substring(0, word.length() - 1))
                || !tokens.get(a + 1).text().equals("of") || names.knownLength(text, tokens, a + 2, b) != b - a - 2) {
            return a;
        }
        return names.organization(KnownNames.span(text, tokens, a + 2, b), null) != null ? a + 2 : a;
    }

    /**
     * A dash token inside a span is a break whatever surrounds it: the tokenizer keeps hyphenated names whole
     * ("Jean-Claude", "Simpson-Daniel"), so a lone "-" is a spaced dash or a compound the splitter opened
     * ("US-Russia", "UK-based"). Any other mark breaks it when it stands between spaces.
     */
    private static boolean breaksName(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String word = t.text();
        if (NameShapes.isDash(word) || NameShapes.isSpacedSeparator(text, t)) {
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
            p = PersonLabels.afterPossessive(tokens, p, q);
            // labels and titles in any order: "Tory MP Alan Milburn", "Former Labour MP Alan Milburn"
            for (int shed = 1; shed > 0; p += shed) {
                int title = names.titleLength(text, tokens, p, q);
                shed = title > 0 && p + title < q ? title : labels.isLabel(tokens, p, q) ? 1 : 0;
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

    private static boolean hasUpper(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
