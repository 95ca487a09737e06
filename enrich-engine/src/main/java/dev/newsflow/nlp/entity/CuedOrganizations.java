package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names no list knows that the words before them make organisations, read after the tagger, which passes over or
 * mistypes them; not in the rule finder, whose labels are the tagger's features: the shipped model stays what
 * training gives.
 * <p>
 * After a person's job and "at", "for" or "with" [the], the body the person works for: "an analyst at Marlow
 * Securities" the tagger finds by its suffix, "a director at Glimmer Games" or "chief economist for Harbour Analytics"
 * it passes over (their words are no organisation's). After "of" only the jobs that lead or speak for a body count
 * ("the chairman of ..."): "president of", "director of" or "owner of" name countries, films and horses as often.
 * Only an untyped name or one guessed an organisation, whether the tagger kept it or it waits for the article's
 * confirmation, and a place no gazetteer knows only after a job in finance ("a trader at X", which the tagger reads
 * as a place); as one vote among the name's mentions, since a town of that name elsewhere in the article outweighs
 * it.
 * <p>
 * Right after a lower-case noun for a kind of body, that body: "technology analysts Quantiv", "consultancy
 * Maxbright", which the tagger reads as a person or a place. A name the tagger guessed a person (a one-word name, or
 * one with a common word: "consultancy Retail Decisions") takes a cue's weight, over the "Quantiv said" it reads as a
 * person's elsewhere; an untyped name or a guessed place is one vote. Never after a verb of telling ("told the agency
 * Kovalenko had fled").
 * <p>
 * Never a person a list, a given name or a title names, a place the gazetteer knows, a name opening with a given name
 * or a nationality, a name the sentence goes on after ("head of Surrey's ...", "analyst with Purvin and Gertz",
 * "workers at Qasrin camp"), or a lone common word, "The" aside ("director at the Institute"); two common words only
 * after a body noun or "at", "for" or "with" ("head of Trade Policy" is a department).
 */
final class CuedOrganizations {

    private static final int MOST_WORDS = 4;
    private static final Set<String> LINKS = Set.of("at", "for", "with");
    /** Words after which a name has ended: its clause goes on with a verb or a preposition. */
    private static final Set<String> CLAUSE_WORDS = Set.of("said", "says", "told", "added", "who", "which", "that",
            "in", "on", "to", "from", "since", "has", "had", "have", "is", "was", "are", "were", "will", "would",
            "expects", "believes", "thinks", "warned", "predicted", "agreed");

    /** Verbs of telling: their object is who was told, not the subject of what follows. */
    private static final Set<String> TOLD = Set.of("told", "tell", "tells", "telling", "informed", "assured");

    private final EntityLexicon lexicon;

    CuedOrganizations(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Types as organisations the sentence's mentions {@code mentions[from..]} and its waiting {@code unconfirmed} ones
     * that the words before them make one; a waiting one joins the sentence's mentions, in text order.
     */
    void find(List<Token> tokens, int sentence, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        CuedRetyping.apply(EntityType.ORGANIZATION, sentence, mentions, from, unconfirmed, m -> cue(tokens, m));
    }

    /**
     * The evidence with which the words before {@code m} make it an organisation, or null: a job's or a body noun's,
     * for a name of at most {@value #MOST_WORDS} words no gazetteer knows that ends where the mention does.
     */
    private Mention.Evidence cue(List<Token> tokens, Mention m) {
        if (m.place() != null || m.words() > MOST_WORDS) {
            return null;
        }
        int k = Mention.firstTokenAt(tokens, 0, m.start());
        int after = k + m.words();
        // the word before first: most mentions follow neither a body noun nor a job's link word
        if (k < 1 || k >= tokens.size() || tokens.get(k).start() != m.start() || after > tokens.size()
                || !(lexicon.bodyNouns.contains(tokens.get(k - 1).text()) || followsJob(tokens, k))
                || (after < tokens.size() && !endsName(tokens, after))) {
            return null;
        }
        Mention.Evidence employer = employer(tokens, m, k, after);
        return employer != null ? employer : body(tokens, m, k, after);
    }

    /** Whether token {@code k} follows a job and a link word ("an analyst at", "the chairman of the"). */
    private boolean followsJob(List<Token> tokens, int k) {
        int link = linkBefore(tokens, k);
        if (link < 1) {
            return false;
        }
        String job = tokens.get(link - 1).text();
        return LINKS.contains(tokens.get(link).text())
                ? lexicon.employerRoles.contains(job) || lexicon.businessRoles.contains(job)
                : tokens.get(link).text().equals("of") && lexicon.ofRoles.contains(job);
    }

    /** The link word's token before the name at {@code k}, over a "the" between them. */
    private static int linkBefore(List<Token> tokens, int k) {
        return k >= 2 && tokens.get(k - 1).text().equals("the") ? k - 2 : k - 1;
    }

    /**
     * After a noun for a kind of body ("analysts ...", "consultancy ..."): a cue's evidence for a guessed person, one
     * vote for the rest (a town of the name elsewhere in the article outweighs it); null when not.
     */
    private Mention.Evidence body(List<Token> tokens, Mention m, int k, int after) {
        if (m.evidence().compareTo(Mention.Evidence.NAME) > 0 || k < 1
                || !lexicon.bodyNouns.contains(tokens.get(k - 1).text()) || isToldTo(tokens, k - 1)
                || !isName(tokens, k, after, false)
                || (m.type() == EntityType.PERSON && m.words() > 1 && !hasCommonWord(tokens, k, after))) {
            return null;
        }
        return m.type() == EntityType.PERSON ? Mention.Evidence.CUE : Mention.Evidence.NAME;
    }

    /**
     * "told the agency Kovalenko had fled", "told analysts Brannigan would stay": the noun is who was told, the name
     * the subject of what was.
     */
    private static boolean isToldTo(List<Token> tokens, int noun) {
        int before = noun - 1;
        if (before >= 0 && tokens.get(before).text().equals("the")) {
            before--;
        }
        return before >= 0 && TOLD.contains(tokens.get(before).text());
    }

    /** A person's name is no common words ("Ardan Whelby"); a firm's often is ("Retail Decisions"). */
    private boolean hasCommonWord(List<Token> tokens, int k, int after) {
        for (int w = k; w < after; w++) {
            if (lexicon.isCommonWord(tokens.get(w).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** After a job and its link word: one vote for an employer's name ("an analyst at ..."); null when not. */
    private Mention.Evidence employer(List<Token> tokens, Mention m, int k, int after) {
        if (m.type() == EntityType.PERSON || m.evidence().compareTo(Mention.Evidence.CUE) >= 0
                || !followsJob(tokens, k)) {
            return null;
        }
        int link = linkBefore(tokens, k);
        boolean of = tokens.get(link).text().equals("of");
        boolean business = !of && lexicon.businessRoles.contains(tokens.get(link - 1).text());
        if (m.type() == EntityType.LOCATION && !business) {
            return null;
        }
        return isName(tokens, k, after, of) ? Mention.Evidence.NAME : null;
    }

    /**
     * Whether tokens {@code [k, after)}, "The" aside, can be a body's name: not opening with a given name or a
     * nationality, not a lone common word, and, when {@code uncommonWord}, holding a word that is no common word.
     */
    private boolean isName(List<Token> tokens, int k, int after, boolean uncommonWord) {
        int words = tokens.get(k).text().equals("The") ? k + 1 : k;
        if (words == after || lexicon.firstNames.contains(tokens.get(words).text())
                || lexicon.isDemonym(tokens.get(words).text())) {
            return false;
        }
        boolean uncommon = false;
        for (int w = words; w < after; w++) {
            uncommon |= !lexicon.isCommonWord(tokens.get(w).text().toLowerCase(Locale.ROOT));
        }
        return uncommon || (!uncommonWord && after - words > 1);
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
