package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Companies the tagger took for people (or, for a short form, for an unknown place: "Virginia Electric"). Most company names are, or began as, surnames ("Pemberton", "Ashdown",
 * "Hallbeck"), and the tagger, reading one sentence at a time, calls a lone one a person. Over the whole article, a
 * name that nothing marks as a person (no title before it, no given name, not the surname of a person named in full)
 * is a company when:
 * <ul>
 * <li>it is the short form of a company named in full elsewhere in the article: the first words of a name ending in
 * a legal form ("Pemberton" after "Pemberton Corp", "Norvale Aluminium" after "Norvale Aluminium Ltd", "Ashdown" after
 * "Ashdown and Co"), leading initials aside ("Pellington" after "J.R. Pellington Co");</li>
 * <li>or a word only a business has follows it ("Hallbeck stores", "Opel workers", "Acme's shares", "Acme
 * spokesman");</li>
 * <li>or an apposition or a predicate calls it a business ("Transvera, the private firm that runs ...", "Ashdown, a
 * retailer of ...", "Hallbeck had been a chain of ..."), the business noun heading the phrase ("a company director" is
 * a person);</li>
 * <li>or a verb in the plural follows it as its subject ("Hallbeck have announced", "Kestrel were formed in ..."):
 * British usage for a group (a firm, a band, a club), never for one person; not after "and", a comma or a preposition,
 * where the verb may agree with more than the name ("Smith and Jones are", "fans of Kestrel are");</li>
 * <li>or a stock ticker follows it ("Dunmore &lt;DUNM&gt;", "Dunmore (DUNM.N)", "Dunmore (NYSE: DUNM)");</li>
 * <li>or its possessive owns nothing: punctuation, a preposition, or "and" and another name follow it ("rated A by
 * Moody's and Fitch", "stores such as Halloway's, ...", "queues at Halloway's on Monday"): a shop or firm named after
 * its founder;</li>
 * <li>or it owns a person named in full ("Kellerman's Rosa Feld"): a person's possessive is rarely followed by
 * another person's full name, a company's often is (its analyst, its chief executive).</li>
 * </ul>
 * The context cues retype only a guessed person: after a place ("Gatwick workers", "At Gatwick, the company has
 * ...") the same words say nothing about the name.
 */
final class CompanyNames {

    /** Last words that make a name a company's full name. */
    private static final Set<String> COMPANY_ENDINGS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd",
            "Ltd.", "Plc", "PLC", "plc", "LLC", "AG", "SA", "NV", "GmbH", "SpA", "Corporation", "Company",
            "Incorporated", "Limited", "Group", "Holdings", "Brothers", "Bros");
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

    CompanyNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void retype(String text, List<Mention> mentions) {
        Set<String> shortForms = shortForms(mentions);
        Set<String> companies = null; // most articles have none: nothing is allocated for them
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (isCandidate(m) && ((!shortForms.isEmpty() && shortForms.contains(m.text().toLowerCase(Locale.ROOT)))
                    || (m.type() == EntityType.PERSON
                        && isBusinessContext(text, m, i + 1 < mentions.size() ? mentions.get(i + 1) : null)))) {
                companies = companies != null ? companies : new HashSet<>();
                companies.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        if (companies == null) {
            return;
        }
        companies.removeAll(personEvidence(mentions));
        for (int i = 0; i < mentions.size() && !companies.isEmpty(); i++) {
            Mention m = mentions.get(i);
            if (isCandidate(m) && companies.contains(m.text().toLowerCase(Locale.ROOT))) {
                mentions.set(i, new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(),
                        EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, m.abbreviates(), m.headline()));
            }
        }
    }

    /** A person the tagger guessed, or a place no gazetteer knows. */
    private static boolean isCandidate(Mention m) {
        return (m.type() == EntityType.PERSON && m.evidence().compareTo(Mention.Evidence.TITLE) < 0)
                || (m.type() == EntityType.LOCATION && m.place() == null && m.evidence() != Mention.Evidence.KNOWN);
    }

    /** Names some mention marks as a person's: by a title, a given name, or as the surname of a full name. */
    private Set<String> personEvidence(List<Mention> mentions) {
        Set<String> persons = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            String lower = m.text().toLowerCase(Locale.ROOT);
            int space = m.text().indexOf(' ');
            if (m.evidence().compareTo(Mention.Evidence.TITLE) >= 0) {
                persons.add(lower);
            }
            if (space > 0) {
                // the surname of a full name is a person's; the full span only with a listed given name, since with
                // one off the lists ("Thabo", or "Bill" rejoined by GivenNames) it may be a company taken for a person
                if (lexicon.firstNames.contains(m.text().substring(0, space))) {
                    persons.add(lower);
                }
                persons.add(lower.substring(lower.lastIndexOf(' ') + 1));
            }
        }
        return persons;
    }

    /** The leading words, in lower case, of every organisation named with a legal form ("pemberton", "norvale"). */
    private static Set<String> shortForms(List<Mention> mentions) {
        Set<String> forms = Set.of();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || m.words() < 2
                    || !COMPANY_ENDINGS.contains(m.text().substring(m.text().lastIndexOf(' ') + 1))) {
                continue;
            }
            String[] words = m.text().split("\\s+"); // a name may span a double space or a line break
            forms = forms.isEmpty() ? new HashSet<>() : forms;
            int first = 0;
            while (first < words.length - 2 && isInitials(words[first])) {
                first++; // "J.R. Pellington Co" is "J.R. Pellington" and "Pellington"
            }
            addPrefixes(words, 0, forms);
            if (first > 0) {
                addPrefixes(words, first, forms);
            }
        }
        return forms;
    }

    /** Adds the capitalised leading runs of {@code words[from..]} before "and", "&" or the legal form. */
    private static void addPrefixes(String[] words, int from, Set<String> forms) {
        StringBuilder prefix = new StringBuilder();
        for (int w = from; w < words.length - 1; w++) {
            if (words[w].equals("and") || words[w].equals("&") || COMPANY_ENDINGS.contains(words[w])) {
                return;
            }
            prefix.append(w == from ? "" : " ").append(words[w]);
            if (Character.isUpperCase(words[w].charAt(0))) {
                forms.add(prefix.toString().toLowerCase(Locale.ROOT));
            }
        }
    }

    private boolean isBusinessContext(String text, Mention m, Mention next) {
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

    /** "E.F.", "J.": letters each followed by a full stop. */
    private static boolean isInitials(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isUpperCase(word.charAt(i)) || i + 1 >= word.length() || word.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
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
