package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name no list knows after a person's job and "at", "for", "with" or "of" [the] is the body the person works for:
 * "an analyst at Marlow Securities" the tagger finds by its suffix, "a director at Glimmer Games" or "chief economist
 * for Harbour Analytics" it passes over (their words are no organisation's). Applied to the tagger's output, not to
 * the rule finder's labels, which are the tagger's features: the shipped model stays what training gives.
 * <p>
 * Only an untyped name, one guessed an organisation, or a place no gazetteer knows after "at", "for" or "with" (the
 * tagger reads "a trader at X" as a place; "the president of X" may well be one), whether the tagger kept it or it
 * waits for the article's confirmation; never a person, a place the gazetteer knows, a name opening with a given name or a nationality, a name before a
 * possessive ("head of Surrey's ..." is about something of Surrey's), a name that goes on ("analyst with Purvin and
 * Gertz") or modifies a noun after it ("chairman of P2P network ..."), or a lone common word, "The" aside ("director of
 * the Institute", "correspondent for The World"). After "of" a job may name a department or a subject ("head of Trade Policy"), so there the name needs
 * a word that is no common English word.
 */
final class EmployerNames {

    private static final int MOST_WORDS = 4;
    private static final Set<String> LINKS = Set.of("at", "for", "with", "of");

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
            if (namesEmployer(tokens, m)) {
                mentions.set(i, m.withType(EntityType.ORGANIZATION, Mention.Evidence.CUE));
            }
        }
        for (int u = unconfirmed.size() - 1; u >= 0 && unconfirmed.get(u).sentence() == sentence; u--) {
            Mention m = unconfirmed.get(u);
            if (namesEmployer(tokens, m)) {
                unconfirmed.remove(u);
                int at = mentions.size();
                while (at > from && mentions.get(at - 1).start() > m.start()) {
                    at--;
                }
                mentions.add(at, m.withType(EntityType.ORGANIZATION, Mention.Evidence.CUE));
            }
        }
    }

    private boolean namesEmployer(List<Token> tokens, Mention m) {
        if (m.type() == EntityType.PERSON || m.evidence().compareTo(Mention.Evidence.CUE) >= 0 || m.place() != null
                || m.words() > MOST_WORDS) {
            return false;
        }
        int k = Mention.firstTokenAt(tokens, 0, m.start());
        int after = k + m.words();
        if (k >= tokens.size() || tokens.get(k).start() != m.start() || after > tokens.size()
                || (after < tokens.size() && !endsName(tokens, after))) {
            return false;
        }
        int link = k - 1;
        if (link >= 0 && tokens.get(link).text().equals("the")) {
            link--;
        }
        if (link < 1 || !LINKS.contains(tokens.get(link).text())
                || !lexicon.employerRoles.contains(tokens.get(link - 1).text())
                || (m.type() == EntityType.LOCATION && tokens.get(link).text().equals("of"))) {
            return false;
        }
        String first = tokens.get(k).text();
        if (lexicon.firstNames.contains(first) || lexicon.isDemonym(first)) {
            return false;
        }
        int words = first.equals("The") ? k + 1 : k;
        boolean uncommon = false;
        for (int w = words; w < after; w++) {
            uncommon |= !lexicon.isCommonWord(tokens.get(w).text().toLowerCase(Locale.ROOT));
        }
        return uncommon || (after - words > 1 && !tokens.get(link).text().equals("of"));
    }

    /**
     * Whether the name ends where the mention does: not before a possessive, a capitalised word or "and" and one (the
     * mention is part of a longer name: "Purvin and Gertz"), or a noun that makes it a modifier ("of P2P network X").
     */
    private boolean endsName(List<Token> tokens, int after) {
        Token next = tokens.get(after);
        String word = next.text();
        if (NameShapes.isPossessive(word) || NameShapes.isCapitalised(next)
                || lexicon.organizationNouns.contains(word)) {
            return false;
        }
        return !((word.equals("and") || word.equals("&")) && after + 1 < tokens.size()
                && NameShapes.isCapitalised(tokens.get(after + 1)));
    }
}
