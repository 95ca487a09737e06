package dev.newsflow.nlp.entity;

import java.util.Set;

/**
 * An apposition or predicate after a name, headed by a business noun: "Transvera, the private firm that ...",
 * "Drummond is a retailer", "Hallbeck had been a chain based in ...". Read from the text itself, for
 * {@link BusinessContext}.
 */
final class BusinessNounPhrases {

    /** Nouns of an apposition that make a name a business, beyond the organisation nouns of the lists. */
    // not the nouns that are also people's trades ("a property developer", "a film producer", "a broker")
    private static final Set<String> BUSINESS_NOUNS = Set.of("retailer", "provider", "consultancy", "brokerage",
            "agency");
    /** Verbs that open a predicate noun phrase: "Drummond is a retailer", "Hallbeck had been a chain". */
    private static final Set<String> COPULAS = Set.of("is", "was", "had", "has");
    /** Words that open what qualifies a head noun: "the firm that runs", "a retailer of", "a chain based in". */
    private static final Set<String> QUALIFIERS = Set.of("of", "that", "which", "in", "with", "for", "from", "based",
            "and", "whose", "owned", "run", "to");

    private final EntityLexicon lexicon;

    BusinessNounPhrases(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether such a phrase follows {@code m}, whose next word after spaces is {@code word} at {@code at}: the
     * article, then within three lower-case words a business noun that ends the noun phrase.
     */
    boolean follow(String text, Mention m, String word, int at) {
        int p;
        if (text.startsWith(", ", m.end())) {
            p = m.end() + 2; // "Transvera, the private firm ..."
        } else if (COPULAS.contains(word)) {
            p = TextWords.skipSpaces(text, at + word.length()); // "Hallbeck had been a chain ..."
            if (word.equals("had") || word.equals("has")) {
                String been = TextWords.wordAt(text, p);
                if (!been.equals("been")) {
                    return false;
                }
                p = TextWords.skipSpaces(text, p + been.length());
            }
        } else {
            return false;
        }
        String article = TextWords.wordAt(text, p);
        if (!NameShapes.isArticle(article)) {
            return false;
        }
        p += article.length();
        for (int w = 0; w < 3; w++) {
            p = TextWords.skipSpaces(text, p);
            String noun = TextWords.wordAt(text, p);
            if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) {
                return false;
            }
            p += noun.length();
            if (lexicon.organizationNouns.contains(noun) || BUSINESS_NOUNS.contains(noun)) {
                return endsNounPhrase(text, p); // "the private firm that", not "a company director"
            }
        }
        return false;
    }

    /** Whether the noun phrase ends at {@code p}: punctuation or a word that starts what qualifies the head. */
    private static boolean endsNounPhrase(String text, int p) {
        if (p >= text.length() || (text.charAt(p) != ' ' && !Character.isLetter(text.charAt(p))
                && text.charAt(p) != '\'' && text.charAt(p) != '\u2019')) {
            return true;
        }
        return text.charAt(p) == ' ' && QUALIFIERS.contains(TextWords.wordAt(text, TextWords.skipSpaces(text, p)));
    }
}
