package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name no list knows after a person's job and "at", "for" or "with" [the] is the body the person works for: "an
 * analyst at Marlow Securities" the tagger finds by its suffix, "a director at Glimmer Games" or "chief economist for
 * Harbour Analytics" it passes over (their words are no organisation's). After "of" only the jobs that lead or speak
 * for a body count ("the chairman of ..."): "president of", "director of" or "owner of" name countries, films and
 * horses as often. Applied to the tagger's output, not to the rule finder's labels, which are the tagger's features:
 * the shipped model stays what training gives.
 * <p>
 * Only an untyped name or one guessed an organisation, whether the tagger kept it or it waits for the article's
 * confirmation, with a cue's weight; a place no gazetteer knows only after a job in finance ("a trader at X", which the
 * tagger reads as a place), and then as one vote among the name's mentions, since a town of that name elsewhere in the
 * article outweighs it. Never a person, a place the gazetteer knows, a name opening with a given name or a nationality,
 * a name the sentence goes on after ("head of Surrey's ...", "analyst with Purvin and Gertz", "workers at Qasrin
 * camp"), or a lone common word, "The" aside ("director at the Institute"); two common words only after "at", "for"
 * or "with" ("head of Trade Policy" is a department).
 */
final class EmployerNames {

    private static final int MOST_WORDS = 4;
    private static final Set<String> LINKS = Set.of("at", "for", "with");
    /** Words after which a name has ended: its clause goes on with a verb or a preposition. */
    private static final Set<String> CLAUSE_WORDS = Set.of("said", "says", "told", "added", "who", "which", "that",
            "in", "on", "to", "from", "since", "has", "had", "have", "is", "was", "are", "were", "will", "would",
            "expects", "believes", "thinks", "warned", "predicted", "agreed");

    private final EntityLexicon lexicon;

    EmployerNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Types as organisations the sentence's mentions {@code mentions[from..]} and its waiting {@code unconfirmed} ones
     * that name an employer; a waiting one joins the sentence's mentions, in text order.
     */
    void find(List<Token> tokens, int sentence, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention.Evidence evidence = employer(tokens, m);
            if (evidence != null) {
                mentions.set(i, m.withType(EntityType.ORGANIZATION, evidence));
            }
        }
        for (int u = unconfirmed.size() - 1; u >= 0 && unconfirmed.get(u).sentence() == sentence; u--) {
            Mention m = unconfirmed.get(u);
            Mention.Evidence evidence = employer(tokens, m);
            if (evidence != null) {
                unconfirmed.remove(u);
                int at = mentions.size();
                while (at > from && mentions.get(at - 1).start() > m.start()) {
                    at--;
                }
                mentions.add(at, m.withType(EntityType.ORGANIZATION, evidence));
            }
        }
    }

    /** The evidence with which {@code m} names an employer, or null when it does not. */
    private Mention.Evidence employer(List<Token> tokens, Mention m) {
        if (m.type() == EntityType.PERSON || m.evidence().compareTo(Mention.Evidence.CUE) >= 0 || m.place() != null
                || m.words() > MOST_WORDS) {
            return null;
        }
        int k = Mention.firstTokenAt(tokens, 0, m.start());
        int after = k + m.words();
        if (k >= tokens.size() || tokens.get(k).start() != m.start() || after > tokens.size()
                || (after < tokens.size() && !endsName(tokens, after))) {
            return null;
        }
        int link = k - 1;
        if (link >= 0 && tokens.get(link).text().equals("the")) {
            link--;
        }
        if (link < 1) {
            return null;
        }
        String linkWord = tokens.get(link).text();
        String job = tokens.get(link - 1).text();
        boolean of = linkWord.equals("of");
        boolean business = !of && LINKS.contains(linkWord) && lexicon.businessRoles.contains(job);
        if (!business && !(of ? lexicon.ofRoles.contains(job)
                : LINKS.contains(linkWord) && lexicon.employerRoles.contains(job))) {
            return null;
        }
        if (m.type() == EntityType.LOCATION && !business) {
            return null;
        }
        int words = tokens.get(k).text().equals("The") ? k + 1 : k;
        if (words == after || !isNameStart(tokens.get(words).text())) {
            return null;
        }
        boolean uncommon = false;
        for (int w = words; w < after; w++) {
            uncommon |= !lexicon.isCommonWord(tokens.get(w).text().toLowerCase(Locale.ROOT));
        }
        if (!uncommon && (of || after - words == 1)) {
            return null;
        }
        return m.type() == EntityType.LOCATION ? Mention.Evidence.NAME : Mention.Evidence.CUE;
    }

    private boolean isNameStart(String first) {
        return !lexicon.firstNames.contains(first) && !lexicon.isDemonym(first);
    }

    /**
     * Whether the name ends where the mention does: the sentence ends or a punctuation mark or a word of its clause
     * follows, not a possessive, a noun the name modifies ("of P2P network X") or more of a longer name ("Purvin and
     * Gertz", "Draycott, Lowe and Partners").
     */
    private static boolean endsName(List<Token> tokens, int after) {
        String word = tokens.get(after).text();
        if (NameShapes.isPossessive(word)) {
            return false;
        }
        if (word.equals(",")) {
            return !(after + 2 < tokens.size() && NameShapes.isCapitalised(tokens.get(after + 1))
                    && isAnd(tokens.get(after + 2).text()));
        }
        if (isAnd(word)) {
            return !(after + 1 < tokens.size() && NameShapes.isCapitalised(tokens.get(after + 1)));
        }
        return !Character.isLetterOrDigit(word.charAt(0)) || CLAUSE_WORDS.contains(word);
    }

    private static boolean isAnd(String word) {
        return word.equals("and") || word.equals("&");
    }
}
