package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.Locale;
import java.util.Set;

/**
 * The words around a name that only a business's name takes, for {@link CompanyNames}: a business word after it or
 * its possessive ("Hallbeck stores", "Acme's shares"), an apposition or predicate headed by a business noun
 * ("Transvera, the private firm that ..."), a plural verb after it as its sole subject ("Hallbeck have announced"),
 * a stock ticker ("Dunmore &lt;DUNM&gt;"), a possessive that owns nothing ("rated A by Moody's and Fitch") or one
 * that owns a person named in full ("Kellerman's Rosa Feld"). Read from the text itself, one mention at a time.
 */
final class BusinessContext {

    /** Words after a name (or its possessive) that only a business takes. */
    private static final Set<String> BUSINESS_WORDS = Set.of("shares", "stock", "shareholders", "stockholders",
            "stores", "subsidiary", "subsidiaries", "plant", "plants", "factory", "factories", "workers", "dealers",
            "chairman", "chairwoman", "spokesman", "spokeswoman", "executives", "brand", "brands", "models");
    /** Nouns of an apposition that make a name a business, beyond the organisation nouns of the lists. */
    // not the nouns that are also people's trades ("a property developer", "a film producer", "a broker")
    private static final Set<String> BUSINESS_NOUNS = Set.of("retailer", "provider", "consultancy", "brokerage",
            "agency");

    /** Words after a possessive that show it owns nothing: "shoppers at Sainsbury's on Monday". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "for", "from", "with", "by", "to");
    /** Plural verbs; after a singular name they make it a group's. */
    private static final Set<String> PLURAL_VERBS = Set.of("have", "are", "were");
    /** Words after which a name may be one of several subjects or no subject at all. */
    private static final Set<String> NOT_SUBJECT_AFTER = Set.of("and", "or", "nor", "of", "including", "with", "by",
            "for", "from", "to", "in", "at", "on", "under", "than", "like", "between", "about", "as", "against",
            // an inverted auxiliary's subject takes the bare verb: "Did Henman have ...", "Could Owen have ..."
            "do", "does", "did", "would", "could", "should", "will", "can", "may", "might", "must");

    /** Verbs that open a predicate noun phrase: "Drummond is a retailer", "Hallbeck had been a chain". */
    private static final Set<String> COPULAS = Set.of("is", "was", "had", "has");
    /** Words that open what qualifies a head noun: "the firm that runs", "a retailer of", "a chain based in". */
    private static final Set<String> QUALIFIERS = Set.of("of", "that", "which", "in", "with", "for", "from", "based",
            "and", "whose", "owned", "run", "to");

    private final EntityLexicon lexicon;

    BusinessContext(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the words around {@code m} (the mention after it is {@code next}) mark it as a business's name. */
    boolean marks(String text, Mention m, Mention next) {
        int at = m.end();
        if (text.startsWith("'s", at) || text.startsWith("\u2019s", at)) {
            String before = wordBefore(text, m.start());
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
            if (next != null && next.type() == EntityType.PERSON && next.start() == at + 1 && next.words() >= 2
                    && lexicon.firstNames.contains(next.text().substring(0, next.text().indexOf(' ')))) {
                return true; // "Kellerman's Rosa Feld"
            }
        }
        at = skipSpaces(text, at);
        if (isTicker(text, at)) {
            return true; // "Hollingworth <HWC>"
        }
        String word = wordAt(text, at);
        if (BUSINESS_WORDS.contains(word)) {
            return true;
        }
        if (PLURAL_VERBS.contains(word) && m.words() == 1 && !m.text().endsWith("s")) {
            return isSoleSubject(text, m.start()); // "Hallbeck have announced"
        }
        int p;
        if (text.startsWith(", ", m.end())) {
            p = m.end() + 2; // "Transvera, the private firm ..."
        } else if (COPULAS.contains(word)) {
            p = skipSpaces(text, at + word.length()); // "Hallbeck had been a chain ..."
            if (word.equals("had") || word.equals("has")) {
                String been = wordAt(text, p);
                if (!been.equals("been")) {
                    return false;
                }
                p = skipSpaces(text, p + been.length());
            }
        } else {
            return false;
        }
        String article = wordAt(text, p);
        if (!NameShapes.isArticle(article)) {
            return false;
        }
        p += article.length();
        for (int w = 0; w < 3; w++) {
            p = skipSpaces(text, p);
            String noun = wordAt(text, p);
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
            String word = wordAt(text, p + 1);
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
        return !NOT_SUBJECT_AFTER.contains(wordBefore(text, start));
    }

    /** The word (lower case) right before {@code start} across spaces; empty after punctuation or at the start. */
    private static String wordBefore(String text, int start) {
        int p = start;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        int q = p;
        while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
            q--;
        }
        return text.substring(q, p).toLowerCase(Locale.ROOT);
    }

    /** Whether the noun phrase ends at {@code p}: punctuation or a word that starts what qualifies the head. */
    private static boolean endsNounPhrase(String text, int p) {
        if (p >= text.length() || (text.charAt(p) != ' ' && !Character.isLetter(text.charAt(p))
                && text.charAt(p) != '\'' && text.charAt(p) != '\u2019')) {
            return true;
        }
        return text.charAt(p) == ' ' && QUALIFIERS.contains(wordAt(text, skipSpaces(text, p)));
    }

    /** Whether a stock ticker follows {@code m}: a company's mark whatever type the tagger gave the name. */
    boolean tickerFollows(String text, Mention m) {
        return isTicker(text, skipSpaces(text, m.end()));
    }

    /**
     * A stock ticker, which only a listed company has: wire style in angle brackets ("<HWC>", "<SIEG.F>") or in
     * parentheses with an exchange suffix or prefix ("(HWC.N)", "(NYSE: HWC)"). A bare capitalised word in
     * parentheses is not one: "(ECB)" is the acronym of the name before it.
     */
    private static boolean isTicker(String text, int p) {
        if (p >= text.length() || (text.charAt(p) != '<' && text.charAt(p) != '(')) {
            return false;
        }
        char close = text.charAt(p) == '<' ? '>' : ')';
        int q = p + 1;
        boolean exchange = false;
        int colon = text.indexOf(':', q);
        if (close == ')' && colon > q && colon - q <= 8 && colon + 1 < text.length() && text.charAt(colon + 1) == ' '
                && text.substring(q, colon).chars().allMatch(Character::isLetter)) {
            exchange = true; // "(NYSE: HWC)", "(Nasdaq: HWC)"
            q = colon + 2;
        }
        int symbol = q;
        boolean dotted = false;
        while (q < text.length() && q - symbol < 10 && (Character.isUpperCase(text.charAt(q)) || text.charAt(q) == '.')) {
            dotted |= text.charAt(q) == '.';
            q++;
        }
        return q > symbol && q < text.length() && text.charAt(q) == close && (close == '>' || exchange || dotted);
    }

    private static int skipSpaces(String text, int p) {
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    /** The run of letters and hyphens at {@code p}, possibly empty. */
    private static String wordAt(String text, int p) {
        int q = p;
        while (q < text.length() && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '-')) {
            q++;
        }
        return text.substring(p, q);
    }
}
