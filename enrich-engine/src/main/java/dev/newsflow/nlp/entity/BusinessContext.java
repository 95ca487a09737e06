package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.Set;

/**
 * The words around a name that only a business's name takes, for {@link CompanyNames}: a business word after it or
 * its possessive ("Hallbeck stores", "Acme's shares"), an apposition or predicate headed by a business noun
 * ({@link BusinessNounPhrases}), a plural verb after it as its sole subject ("Hallbeck have announced"),
 * a stock ticker ({@link StockTickers}), a possessive that owns nothing ("rated A by Moody's and Fitch") or one
 * that owns a person named in full ("Kellerman's Rosa Feld"). Read from the text itself, one mention at a time.
 */
final class BusinessContext {

    /** Words after a name (or its possessive) that only a business takes. */
    private static final Set<String> BUSINESS_WORDS = Set.of("shares", "stock", "shareholders", "stockholders",
            "stores", "subsidiary", "subsidiaries", "plant", "plants", "factory", "factories", "workers", "dealers",
            "chairman", "chairwoman", "spokesman", "spokeswoman", "executives", "brand", "brands", "models");
    /** Words after a possessive that show it owns nothing: "shoppers at Sainsbury's on Monday". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "for", "from", "with", "by", "to");
    /** Plural verbs; after a singular name they make it a group's. */
    private static final Set<String> PLURAL_VERBS = Set.of("have", "are", "were");
    /** Words after which a name may be one of several subjects or no subject at all. */
    private static final Set<String> NOT_SUBJECT_AFTER = Set.of("and", "or", "nor", "of", "including", "with", "by",
            "for", "from", "to", "in", "at", "on", "under", "than", "like", "between", "about", "as", "against",
            // an inverted auxiliary's subject takes the bare verb: "Did Henman have ...", "Could Owen have ..."
            "do", "does", "did", "would", "could", "should", "will", "can", "may", "might", "must");

    private final EntityLexicon lexicon;
    private final BusinessNounPhrases nounPhrases;

    BusinessContext(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.nounPhrases = new BusinessNounPhrases(lexicon);
    }

    /** Whether the words around {@code m} (the mention after it is {@code next}) mark it as a business's name. */
    boolean marks(String text, Mention m, Mention next) {
        int at = m.end();
        if (text.startsWith("'s", at) || text.startsWith("\u2019s", at)) {
            String before = TextWords.wordBefore(text, m.start());
            // "a friend of Blair's." closing a clause is a person's (double genitive; "assets of Joske's and ..." is
            // not); a preposition after a name that opens the sentence reads "'s" as "is" ("Henman's in the final")
            boolean doubleGenitive = before.equals("of")
                    && (at + 2 >= text.length() || !Character.isWhitespace(text.charAt(at + 2)));
            if (!doubleGenitive && ownsNothing(text, at + 2, !before.isEmpty())) {
                return true; // "rated A by Moody's.", "Sainsbury's, Tesco and ..."
            }
        }
        if (text.startsWith("'s ", at) || text.startsWith("\u2019s ", at)) {
            at += 2;
            int space = next == null ? -1 : next.text().indexOf(' ');
            if (next != null && next.type() == EntityType.PERSON && next.start() == at + 1 && space > 0
                    && lexicon.firstNames.contains(next.text().substring(0, space))) {
                return true; // "Kellerman's Rosa Feld"
            }
        }
        at = TextWords.skipSpaces(text, at);
        if (StockTickers.at(text, at)) {
            return true; // "Hollingworth <HWC>"
        }
        String word = TextWords.wordAt(text, at);
        if (BUSINESS_WORDS.contains(word)) {
            return true;
        }
        if (PLURAL_VERBS.contains(word) && m.words() == 1 && !m.text().endsWith("s")) {
            return isSoleSubject(text, m.start()); // "Hallbeck have announced"
        }
        return nounPhrases.follow(text, m, word, at); // "Transvera, the private firm ...", "Drummond is a retailer"
    }

    /**
     * Whether a possessive ending at {@code p} owns nothing: punctuation, a preposition ("shoppers at Sainsbury's on
     * Monday"), or "and"/"or" and a name that is no possessive of its own or one that owns nothing either ("by Moody's
     * and Fitch", "Garfinckel's and Joske's, ..."; not "Baker's and Yeutter's talks").
     */
    private static boolean ownsNothing(String text, int p, boolean prepositionCounts) {
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == ')') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
            String word = TextWords.wordAt(text, p + 1);
            if (PREPOSITIONS.contains(word)) {
                return prepositionCounts;
            }
            int q = p + 1 + word.length() + 1;
            if (!(word.equals("and") || word.equals("or")) || q >= text.length()
                    || !Character.isUpperCase(text.charAt(q))) {
                return false;
            }
            while (q < text.length() && Character.isLetter(text.charAt(q))) {
                q++;
            }
            if (!text.startsWith("'s", q) && !text.startsWith("\u2019s", q)) {
                return true;
            }
            p = q + 2; // the next name's possessive decides for both
        }
        return true;
    }

    /** Whether a name starting at {@code start} stands alone as a subject: not after "and", a comma or a preposition. */
    private static boolean isSoleSubject(String text, int start) {
        int p = start;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p > 0 && (text.charAt(p - 1) == ',' || text.charAt(p - 1) == '&')) {
            return false;
        }
        return !NOT_SUBJECT_AFTER.contains(TextWords.wordBefore(text, start));
    }
}
