package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name spelled out before its acronym in brackets is one name when the acronym's letters are its words' initials:
 * "the Coalition for Syria (CFS)", "Harrow Vale Growers Union (HVGU)". Rules and tagger may both cut such a name
 * into pieces ("Coalition" and the place "Syria"), leaving the acronym to the last piece: a country whose alias is
 * a lobby's. The initials are the evidence that the words are one name, so the shortest run of words before the
 * bracket that they spell (not opening with "The") becomes one organisation in place of the mentions inside it, and
 * the acronym stands for it. Only a body's name: no piece a person, some piece an organisation or some word an
 * organisation's outside the places, the last word no place's ("Kurdistan Region of Iraq (KRI)", "Middle East and
 * North Africa (MENA)" stay places). Applied to the tagger's output, so the rule finder's labels, the tagger's
 * features, stay as the shipped model was trained on. Also left as they are: initials that are not the acronym
 * ("Nicola Sturgeon (SNP)": a person and her party), a run one mention covers, a known place ("Democratic Republic of
 * Congo (DRC)") and a run a mention reaches into from outside ("U.S. Department of Energy (DOE)").
 */
final class BracketedNames {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "in", "to", "de", "du",
            "des", "del", "la", "le");
    private static final int MOST_WORDS = 10;

    private final EntityLexicon lexicon;
    private final KnownNames names;

    BracketedNames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Restores the names that the acronyms among {@code mentions[from..]} of sentence {@code tokens} spell out. */
    void restore(String text, List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention acronym = mentions.get(i);
            k = acronym.firstTokenFrom(tokens, k);
            if (k < 2 || k + 1 >= tokens.size() || !NameShapes.isAcronym(acronym.text())
                    || !tokens.get(k - 1).text().equals("(") || !tokens.get(k + 1).text().equals(")")) {
                continue;
            }
            int start = spelledFrom(tokens, k - 1, acronym.text());
            if (start < 0) {
                continue;
            }
            int nameStart = tokens.get(start).start();
            int nameEnd = tokens.get(k - 2).end();
            int first = from;
            while (first < i && mentions.get(first).end() <= nameStart) {
                first++;
            }
            int last = first;
            while (last < i && mentions.get(last).end() <= nameEnd) {
                last++;
            }
            if (last == first || last != i || mentions.get(first).start() < nameStart
                    || (last - first == 1 && mentions.get(first).start() == nameStart
                        && mentions.get(first).end() == nameEnd)
                    || names.placeAt(text, tokens, start, k - 1) != null
                    || !namesABody(tokens, start, k - 1, mentions.subList(first, last))) {
                continue;
            }
            String name = text.substring(nameStart, nameEnd);
            Mention whole = new Mention(name, nameStart, nameEnd, acronym.sentence(), k - 1 - start,
                    EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, null, acronym.headline());
            Mention standsFor = new Mention(acronym.text(), acronym.start(), acronym.end(), acronym.sentence(),
                    acronym.words(), EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, name,
                    acronym.headline());
            mentions.set(i, standsFor);
            mentions.subList(first, last).clear();
            mentions.add(first, whole);
            i = first + 1;
        }
    }

    /**
     * The run {@code [start, end)} names a body: no piece is a person, its last word is no place's ("Kurdistan
     * Region", "Eastern Province"), and a piece is an organisation or a word of the run outside the places is an
     * organisation's ("Coalition", "Friends", "Union"; not the "Bank" of "West Bank"). Two places joined ("Middle
     * East and North Africa (MENA)") are a region, not a body.
     */
    private boolean namesABody(List<Token> tokens, int start, int end, List<Mention> pieces) {
        if (lexicon.locSuffixes.contains(tokens.get(end - 1).text())) {
            return false;
        }
        boolean body = false;
        for (Mention piece : pieces) {
            if (piece.type() == EntityType.PERSON) {
                return false;
            }
            body |= piece.type() == EntityType.ORGANIZATION;
        }
        for (int j = start; j < end && !body; j++) {
            String word = tokens.get(j).text();
            body = (lexicon.orgPrefixes.contains(word) || lexicon.orgSuffixes.contains(word))
                    && !insidePlace(tokens.get(j), pieces);
        }
        return body;
    }

    private static boolean insidePlace(Token word, List<Mention> pieces) {
        for (Mention piece : pieces) {
            if (piece.type() == EntityType.LOCATION && piece.start() <= word.start() && word.end() <= piece.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of the shortest run of capitalised words and connectors ending before {@code open} that
     * {@code acronym} spells, opening with a capitalised word other than an article ("The Harrow Conservancy (THC)"
     * is the conservancy's name, as the rest of the text writes it); -1 if none.
     */
    private static int spelledFrom(List<Token> tokens, int open, String acronym) {
        String letters = acronym.replace(".", "");
        for (int s = open - 1; s >= 0 && open - s <= MOST_WORDS; s--) {
            Token word = tokens.get(s);
            boolean capitalised = NameShapes.isCapitalised(word);
            if (!capitalised && !CONNECTORS.contains(word.text())) {
                return -1;
            }
            if (capitalised && !NameShapes.isArticle(word.text().toLowerCase(Locale.ROOT))
                    && spells(letters, tokens.subList(s, open))) {
                return s;
            }
        }
        return -1;
    }

    /** The letters are the initials of the capitalised words, or of all the words ("CFS": "Coalition for Syria"). */
    private static boolean spells(String letters, List<Token> words) {
        StringBuilder capitals = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (Token word : words) {
            char initial = word.text().charAt(0);
            if (Character.isUpperCase(initial)) {
                capitals.append(initial);
            }
            all.append(Character.toUpperCase(initial));
        }
        return letters.contentEquals(capitals) || letters.contentEquals(all);
    }
}
