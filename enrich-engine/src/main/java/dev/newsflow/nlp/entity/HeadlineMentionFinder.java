package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds names in all-caps or title-case headlines and in datelines, where capitals say nothing: only
 * names the article's prose already uses, well-known organisations and gazetteer places count, matched in
 * any case. A dateline's leading place counts even when the gazetteer does not know it, when a date or an agency
 * follows it as in a dateline: an all-caps line that merely ends in a dash is a caption or a label, not a dateline.
 */
final class HeadlineMentionFinder {

    private static final int MAX_WORDS = 5;

    private final EntityLexicon lexicon;
    private final Gazetteer gazetteer;

    HeadlineMentionFinder(EntityLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** @param prose the article's prose mentions by lower-case name */
    void find(String text, List<Token> tokens, int sentence, boolean dateline, Map<String, Mention> prose,
            List<Mention> out) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!NameShapes.isCapitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int matched = match(text, tokens, i, sentence, prose, out);
            int end = matched == 0 && dateline && i == 0 ? datelinePlaceEnd(tokens) : 0;
            if (end > 0) {
                out.add(new Mention(KnownNames.span(text, tokens, 0, end), tokens.get(0).start(),
                        tokens.get(end - 1).end(), sentence, end, EntityType.LOCATION, Mention.Evidence.CUE, null, null,
                        null, true));
                matched = end;
            }
            i += Math.max(matched, 1);
        }
    }

    /**
     * Where the all-caps place opening a dateline ends, when a date or an agency follows it as in a dateline ("LONDON,
     * March 3 -", "PARIS (Reuters) -"); 0 for a shouted caption before a dash ("HARBOUR AT DAWN - ...") or a label
     * ("WATCH: ... -"), whose capitals name nothing.
     */
    private static int datelinePlaceEnd(List<Token> tokens) {
        int end = 1;
        while (end < tokens.size() && NameShapes.isAllCaps(tokens.get(end).text())) {
            end++;
        }
        if (end == tokens.size()) {
            return 0;
        }
        String next = tokens.get(end).text();
        return next.equals(",") || next.equals("(") ? end : 0;
    }

    private int match(String text, List<Token> tokens, int i, int sentence, Map<String, Mention> prose,
            List<Mention> out) {
        for (int k = Math.min(MAX_WORDS, tokens.size() - i); k >= 1; k--) {
            if (!NameShapes.isCapitalised(tokens.get(i + k - 1))) {
                continue;
            }
            String name = KnownNames.span(text, tokens, i, i + k);
            String lower = name.toLowerCase(Locale.ROOT);
            Mention known = prose.get(lower);
            String organization = known == null ? lexicon.organizationsLowerCase.get(lower) : null;
            Place place = known == null && organization == null ? gazetteer.findIgnoreCase(name) : null;
            if (place != null && k == 1 && !place.isCountry() && lexicon.isCommonWord(lower)) {
                place = null;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i + k - 1).end();
            if (known != null) {
                out.add(new Mention(name, start, end, sentence, k, known.type(), known.evidence(), known.place(),
                        known.organization(), null, true));
                return k;
            }
            if (organization != null || place != null) {
                EntityType type = organization != null ? EntityType.ORGANIZATION : EntityType.LOCATION;
                out.add(new Mention(name, start, end, sentence, k, type, Mention.Evidence.KNOWN, place, organization,
                        null, true));
                return k;
            }
        }
        return 0;
    }
}
