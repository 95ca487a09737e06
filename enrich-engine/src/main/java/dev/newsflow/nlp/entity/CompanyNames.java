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
 * a legal form or a business's word ("Pemberton" after "Pemberton Corp", "Tarvel" after "Tarvel Energy", "Norvale
 * Aluminium" after "Norvale Aluminium Ltd", "Ashdown" after "Ashdown and Co"), leading initials aside ("Pellington"
 * after "J.R. Pellington Co");</li>
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
 * ...") the same words say nothing about the name. A ticker is the exception: no place has one, so it also retypes a
 * name the tagger read as a place the gazetteer does not know ("Dunmore (DUNM.N)").
 */
final class CompanyNames {

    private final EntityLexicon lexicon;
    private final BusinessContext context;
    /**
     * Last words beside the legal forms whose full name's short form is the firm also where a place was guessed:
     * nothing else is named "Pendry Brothers". A short form of "... Energy", "... Media" names a firm where the tagger
     * guessed a person ("Tarvel said"), but a region the firm is named after stays a place ("Caspian Energy" and "the
     * Caspian").
     */
    private static final Set<String> GROUP_ENDINGS = Set.of("Group", "Holdings", "Brothers", "Bros");
    /** The lexicon's legal forms and {@link #GROUP_ENDINGS}. */
    private final Set<String> legalEndings;
    /** {@link #legalEndings} and the lexicon's firm endings ("Tarvel Energy"). */
    private final Set<String> endings;

    CompanyNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.context = new BusinessContext(lexicon);
        Set<String> words = new HashSet<>(lexicon.legalForms);
        words.addAll(GROUP_ENDINGS);
        this.legalEndings = Set.copyOf(words);
        words.addAll(lexicon.firmEndings);
        this.endings = Set.copyOf(words);
    }

    void retype(String text, List<Mention> mentions) {
        Set<String> legalShortForms = shortForms(mentions, legalEndings);
        Set<String> shortForms = shortForms(mentions, endings);
        Set<String> companies = null; // most articles have none: nothing is allocated for them
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Set<String> forms = m.type() == EntityType.PERSON ? shortForms : legalShortForms;
            if (isCandidate(m) && ((!forms.isEmpty() && forms.contains(m.text().toLowerCase(Locale.ROOT)))
                    || (m.type() == EntityType.PERSON
                        && context.marks(text, m, i + 1 < mentions.size() ? mentions.get(i + 1) : null))
                    || StockTickers.follows(text, m))) {
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

    /** The leading words, in lower case, of every organisation named with one of {@code endings} ("pemberton"). */
    private Set<String> shortForms(List<Mention> mentions, Set<String> endings) {
        Set<String> forms = Set.of();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || m.words() < 2
                    || !endings.contains(m.text().substring(m.text().lastIndexOf(' ') + 1))) {
                continue;
            }
            String[] words = m.text().split("\\s+"); // a name may span a double space or a line break
            forms = forms.isEmpty() ? new HashSet<>() : forms;
            int first = 0;
            while (first < words.length - 2 && isInitials(words[first])) {
                first++; // "J.R. Pellington Co" is "J.R. Pellington" and "Pellington"
            }
            addPrefixes(words, 0, forms, endings);
            if (first > 0) {
                addPrefixes(words, first, forms, endings);
            }
        }
        return forms;
    }

    /** Adds the capitalised leading runs of {@code words[from..]} before "and", "&" or the legal form. */
    private static void addPrefixes(String[] words, int from, Set<String> forms, Set<String> endings) {
        StringBuilder prefix = new StringBuilder();
        for (int w = from; w < words.length - 1; w++) {
            if (words[w].equals("and") || words[w].equals("&") || endings.contains(words[w])) {
                return;
            }
            prefix.append(w == from ? "" : " ").append(words[w]);
            if (Character.isUpperCase(words[w].charAt(0))) {
                forms.add(prefix.toString().toLowerCase(Locale.ROOT));
            }
        }
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
}
