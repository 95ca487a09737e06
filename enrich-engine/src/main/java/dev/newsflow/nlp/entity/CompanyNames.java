package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Companies the tagger took for people (or, for a short form, for an unknown place: "Virginia Electric"). Most company names are, or began as, surnames ("Whittaker", "Tiffany",
 * "Kresge"), and the tagger, reading one sentence at a time, calls a lone one a person. Over the whole article, a
 * name that nothing marks as a person (no title before it, no given name, not the surname of a person named in full)
 * is a company when:
 * <ul>
 * <li>it is the short form of a company named in full elsewhere in the article: the first words of a name ending in
 * a legal form ("Whittaker" after "Whittaker Corp", "Alcan Aluminium" after "Alcan Aluminium Ltd", "Tiffany" after
 * "Tiffany and Co");</li>
 * <li>or a word only a business has follows it ("Kresge stores", "Opel workers", "Acme's shares", "Acme
 * spokesman");</li>
 * <li>or an apposition calls it a business ("Metrovias, the private firm that runs ...", "Tiffany, a retailer of
 * ...");</li>
 * <li>or it owns a person named in full ("ABN Amro's Paul Mackel"): a person's possessive is rarely followed by
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
    private static final Set<String> BUSINESS_NOUNS = Set.of("retailer", "maker", "producer", "operator", "provider",
            "consultancy", "broker", "brokerage", "distributor", "developer", "publisher", "agency");

    private final EntityLexicon lexicon;

    CompanyNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void retype(String text, List<Mention> mentions) {
        Set<String> persons = personEvidence(mentions);
        Set<String> shortForms = shortForms(mentions);
        Set<String> companies = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String lower = m.text().toLowerCase(Locale.ROOT);
            if (isCandidate(m) && !persons.contains(lower) && (shortForms.contains(lower)
                    || (m.type() == EntityType.PERSON
                        && isBusinessContext(text, m, i + 1 < mentions.size() ? mentions.get(i + 1) : null)))) {
                companies.add(lower);
            }
        }
        if (companies.isEmpty()) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
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
            } else if (space > 0 && lexicon.firstNames.contains(m.text().substring(0, space))) {
                persons.add(lower);
                persons.add(lower.substring(lower.lastIndexOf(' ') + 1));
            }
        }
        return persons;
    }

    /** The leading words, in lower case, of every organisation named with a legal form ("whittaker", "alcan"). */
    private static Set<String> shortForms(List<Mention> mentions) {
        Set<String> forms = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || m.words() < 2) {
                continue;
            }
            String[] words = m.text().split(" ");
            if (!COMPANY_ENDINGS.contains(words[words.length - 1])) {
                continue;
            }
            StringBuilder prefix = new StringBuilder();
            for (int w = 0; w < words.length - 1; w++) {
                if (words[w].equals("and") || words[w].equals("&") || COMPANY_ENDINGS.contains(words[w])) {
                    break;
                }
                prefix.append(w == 0 ? "" : " ").append(words[w]);
                if (Character.isUpperCase(words[w].charAt(0))) {
                    forms.add(prefix.toString().toLowerCase(Locale.ROOT));
                }
            }
        }
        return forms;
    }

    private boolean isBusinessContext(String text, Mention m, Mention next) {
        int at = m.end();
        if (text.startsWith("'s ", at) || text.startsWith("\u2019s ", at)) {
            at += 2;
            if (next != null && next.type() == EntityType.PERSON && next.start() == at + 1 && next.words() >= 2
                    && lexicon.firstNames.contains(next.text().substring(0, next.text().indexOf(' ')))) {
                return true; // "ABN Amro's Paul Mackel"
            }
        }
        String word = wordAt(text, skipSpaces(text, at));
        if (BUSINESS_WORDS.contains(word)) {
            return true;
        }
        if (!text.startsWith(", ", m.end())) {
            return false;
        }
        int p = m.end() + 2;
        String article = wordAt(text, p);
        if (!(article.equals("the") || article.equals("a") || article.equals("an"))) {
            return false;
        }
        p += article.length();
        for (int w = 0; w < 3; w++) { // "the private firm", "a retailer of"
            p = skipSpaces(text, p);
            String noun = wordAt(text, p);
            if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) {
                return false;
            }
            p += noun.length();
            if (lexicon.organizationNouns.contains(noun) || BUSINESS_NOUNS.contains(noun)) {
                return !text.startsWith("'s", p) && !text.startsWith("\u2019s", p); // not "the firm's chief"
            }
        }
        return false;
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
