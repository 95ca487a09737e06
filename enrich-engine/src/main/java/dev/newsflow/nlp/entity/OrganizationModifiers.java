package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A listed organisation's one-word name right before a role names the organisation: "Labour MP ...", "Tory
 * leader", "Conservative co-chairman ...", "Democratic challenger ...". The guidelines count a party used
 * attributively, and any organisation used as a modifier, as a mention of it; the tagger leaves the word out of the
 * person's span after it (the cleaner sheds it as a label) or reads it as an adjective. The word counts in its own
 * form, plural ("Conservative" of "Conservatives") or with "Party" ("Democratic" of "Democratic Party"); the role
 * is a title's head word ("MP", "leader", "chairman") or a party's people or rule ("voters", "government"), but
 * not a minister or secretary after a party's word: "Labour Minister" holds the labour portfolio. A capitalised
 * word before the party's word makes it part of another name ("Social Democrat leader", "Christian Democrat").
 */
final class OrganizationModifiers {

    /** Roles and groups of a party that titles.txt does not hold as heads. */
    private static final Set<String> PARTY_ROLES = Set.of("co-chairman", "co-chair", "peer", "peers", "voters",
            "supporters", "activists", "backbencher", "backbenchers", "candidates", "leaders", "members",
            "councillors", "senators", "government", "administration", "manifesto");

    /** "Labour Minister", "Labor Secretary": a portfolio (the ministry of labour), not the party. */
    private static final Set<String> PORTFOLIO_HEADS = Set.of("minister", "ministers", "secretary", "ministry");

    private final EntityLexicon lexicon;
    private final KnownNames names;
    /** The roles as written before a name: the title heads, also in lower case ("leader"), and the party roles. */
    private final Set<String> roles = new HashSet<>(PARTY_ROLES);

    OrganizationModifiers(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
        for (String head : lexicon.titleHeads) {
            roles.add(head);
            roles.add(head.toLowerCase(Locale.ROOT));
        }
    }

    /** Adds to {@code mentions[from..]} of sentence {@code tokens} the organisations named before a role. */
    void find(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from) {
        int i = from;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token word = tokens.get(k);
            if (word.text().isEmpty() || !Character.isUpperCase(word.text().charAt(0))
                    || !roles.contains(tokens.get(k + 1).text())) {
                continue; // the capital first: it rules out most words without hashing the next one
            }
            while (i < mentions.size() && mentions.get(i).end() <= word.start()) {
                i++;
            }
            if (i < mentions.size() && mentions.get(i).start() < word.end()) {
                continue; // inside a mention already
            }
            if (k > 0 && endsLongerName(tokens.get(k - 1), k - 1 == 0)) {
                continue;
            }
            String organization = organization(word.text());
            String role = tokens.get(k + 1).text();
            if (organization != null
                    && !(organization.endsWith(" Party") && PORTFOLIO_HEADS.contains(role.toLowerCase(Locale.ROOT)))) {
                mentions.add(i, new Mention(word.text(), word.start(), word.end(), sentence, 1,
                        EntityType.ORGANIZATION, Mention.Evidence.KNOWN, null, organization, null, false));
                i++;
            }
        }
    }

    /**
     * Whether the word before the party's word makes it the end of a longer name or a foreign party ("Christian
     * Democrat leader", "Social Democrat", "the Israeli Labour leader"): a word that may open a name, unless it
     * is only capitalised as the sentence's first word ("Former Labour MP ..."), is no name ("On Tuesday Labour
     * chairman ...") or names a country, which the guidelines read as a modifier of the body ("U.S. Treasury
     * Secretary"). A demonym blocks, as it names a foreign party or a faith's ("Christian Democrat leader").
     */
    private boolean endsLongerName(Token before, boolean sentenceStart) {
        String word = before.text();
        return NameOpeners.mayOpen(before) && !(sentenceStart && lexicon.isCommonWord(word))
                && !lexicon.nonEntities.contains(word) && !names.isCountry(word);
    }

    private String organization(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || NameShapes.isAllCaps(word)
                || lexicon.honorifics.contains(word) || lexicon.titleHeads.contains(word)) {
            return null; // acronyms are found as names already; "Lord Chancellor" is a title, not the Lords
        }
        String name = lexicon.organizations.get(word);
        name = name != null ? name : lexicon.organizations.get(word + "s");
        return name != null ? name : lexicon.organizations.get(word + " Party");
    }
}
