package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A partnership's name lists its founders' surnames with commas before "and Co": "Goldman, Sachs and Co", "Peat,
 * Marwick, Mitchell and Co", "Bear, Stearns and Co Inc". The tagger and the "... and Co" repair keep the last surname
 * with "and Co" and read the first as a person. After them, the organisation ending in "and Co" (or "& Co", with any
 * legal forms after it) takes the surnames before it that commas join to it: single capitalised words, at most
 * {@value #MOST_FOUNDERS} more, none a listed organisation, a country or a region (a list of firms or places before the
 * partnership stays apart: "at Barclays, Goldman, Sachs and Co" is two). A surname may be a given name or a town's
 * name too ("Morgan, Stanley and Co").
 */
final class PartnershipNames {

    private static final int MOST_FOUNDERS = 2;
    private static final Set<String> COMPANY = Set.of("Co", "Co.", "Company");

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
            int a = k;
            while (k - a < 2 * MOST_FOUNDERS && isFounder(text, tokens, a - 2) && tokens.get(a - 1).text().equals(",")) {
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

    /** Token {@code f}: a single capitalised word opening the run, no place, listed organisation or given name. */
    private boolean isFounder(String text, List<Token> tokens, int f) {
        if (f < 0) {
            return false;
        }
        Token token = tokens.get(f);
        String word = token.text();
        if (!NameShapes.isCapitalised(token) || word.length() < 2 || NameShapes.isAllCaps(word)
                || (f > 0 && NameShapes.isCapitalised(tokens.get(f - 1))) || lexicon.organizations.containsKey(word)) {
            return false;
        }
        Place place = names.placeAt(text, tokens, f, f + 1);
        return place == null || (!place.isCountry() && place.kind() != Place.Kind.REGION);
    }
}
