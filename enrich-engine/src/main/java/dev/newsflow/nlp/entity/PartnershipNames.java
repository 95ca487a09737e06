package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A partnership's name lists its founders' surnames with commas before "and Co": "Goldman, Sachs and Co", "Peat,
 * Marwick, Mitchell and Co", "Bear, Stearns and Co Inc". The tagger and the "... and Co" repair keep the last surname
 * with "and Co" and read the first as a person. After them, the organisation ending in "and Co" (or "& Co", with any
 * legal forms after it) takes the surnames before it that commas join to it: single capitalised words, at most
 * {@value #MOST_FOUNDERS} more (see {@link #isFounder}: a list of firms, places or people before the partnership stays
 * apart, "at Barclays, Goldman, Sachs and Co" is two), and not when a list goes on after it. A surname may be a given
 * name's or a small town's too.
 */
final class PartnershipNames {

    private static final int MOST_FOUNDERS = 2;
    private static final Set<String> COMPANY = Set.of("Co", "Co.", "Company");
    /** Words after a partnership's name that make it an item of a list. */
    private static final Set<String> LIST_GOES_ON = Set.of("and", "or", "&");
    /** Verbs of speech before a name: it is the speaker's, not a founder's. */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added");

    private final EntityLexicon lexicon;
    private final KnownNames names;

    PartnershipNames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * Widens the partnerships among the mentions {@code mentions[from..]} of sentence {@code tokens}; the founders'
     * own mentions, kept or waiting in {@code unconfirmed}, go.
     */
    void widen(String text, List<Token> tokens, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int k = Mention.firstTokenAt(tokens, 0, m.start());
            if (m.type() != EntityType.ORGANIZATION || k >= tokens.size() || tokens.get(k).start() != m.start()
                    || !endsInAndCo(tokens, k, k + m.words())) {
                continue;
            }
            int after = k + m.words();
            if (after < tokens.size() && LIST_GOES_ON.contains(tokens.get(after).text())) {
                continue; // "Numis, Harlan and Co and Dray Capital": a list of firms
            }
            int a = k;
            while (k - a < 2 * MOST_FOUNDERS && a >= 2 && tokens.get(a - 1).text().equals(",")
                    && isFounder(text, tokens, a - 2, mentions, from)) {
                a -= 2;
            }
            if (a == k) {
                continue;
            }
            int start = tokens.get(a).start();
            int removed = 0;
            for (int j = i - 1; j >= from && mentions.get(j).start() >= start; j--) {
                mentions.remove(j);
                removed++;
            }
            i -= removed;
            int end = m.start();
            unconfirmed.removeIf(w -> w.sentence() == m.sentence() && w.start() < end && w.end() > start);
            mentions.set(i, new Mention(text.substring(start, m.end()), start, m.end(), m.sentence(),
                    k - a + m.words(), EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, m.abbreviates(),
                    m.headline()));
        }
    }

    /** Tokens {@code [k, e)}: a name, "and" or "&", "Co", then legal forms only. */
    private boolean endsInAndCo(List<Token> tokens, int k, int e) {
        for (int c = k + 1; c < e; c++) {
            if (COMPANY.contains(tokens.get(c).text())) {
                String and = tokens.get(c - 1).text();
                if (c - 1 == k || !(and.equals("and") || and.equals("&"))) {
                    return false;
                }
                for (int f = c + 1; f < e; f++) {
                    if (!lexicon.legalForms.contains(tokens.get(f).text())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code f}: a single capitalised word, not a listed organisation, not a word that opens the clause
     * ("Meanwhile, Harlan and Co"), not after a verb of speech ("said Reyes, Vosk and Co's chairman") and not a name
     * the article's lists or a title already typed: a known place ("in Frankfurt, Vosk and Co"), a country or region,
     * a listed or titled person ("Rooney, Gerrard and Co").
     */
    private boolean isFounder(String text, List<Token> tokens, int f, List<Mention> mentions, int from) {
        Token token = tokens.get(f);
        String word = token.text();
        boolean opens = f == 0 || NameShapes.opensClause(tokens.get(f - 1));
        if (!NameShapes.isCapitalised(token) || word.length() < 2 || NameShapes.isAllCaps(word)
                || (f > 0 && (NameShapes.isCapitalised(tokens.get(f - 1)) || SPEECH.contains(tokens.get(f - 1).text())))
                || lexicon.organizations.containsKey(word)
                || (opens && lexicon.isCommonWord(word.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() == token.start() && (m.type() == EntityType.LOCATION
                    || m.evidence().compareTo(Mention.Evidence.TITLE) >= 0)) {
                return false;
            }
        }
        Place place = names.placeAt(text, tokens, f, f + 1);
        return place == null || (!place.isCountry() && place.kind() != Place.Kind.REGION);
    }
}
