package dev.newsflow.nlp.sentiment;

import dev.newsflow.nlp.lexicon.WordTable;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Scores one sentence with VADER's rules (Hutto and Gilbert, 2014), re-implemented here because no maintained Java
 * port exists: the valence of each sentiment word, raised or lowered by degree adverbs and ALL-CAPS emphasis, flipped
 * by a negator up to three words before it; words before a contrasting "but" count half, words after it half again
 * as much; exclamation marks add emphasis. The sum is squashed into a compound score in (-1, 1).
 */
final class SentenceScorer {

    static final double BOOST = 0.293;
    static final double CAPS_BOOST = 0.733;
    static final double NEGATION = -0.74;
    static final double EXCLAMATION = 0.292;
    static final int MAX_EXCLAMATIONS = 4;
    static final double NORMALISER = 15;
    /**
     * Negative words weigh this much more than positive ones: with it the median article of a general news corpus
     * scores about zero, where VADER's social-media ratings lean positive on news (negativity bias of news readers).
     */
    static final double NEGATIVITY = 1.4;
    private static final int LOOK_BACK = 3;
    private static final double[] BOOST_DECAY = {1.0, 0.95, 0.9};
    /** Entry of a token that is not a word (punctuation, numbers); lexicon entries are >= 0. */
    private static final int NOT_A_WORD = -2;
    /** What may stand between "never" or "could not" and a comparative that says the most: "never looked better". */
    private static final Set<String> LINKING_VERBS = Set.of("be", "been", "have", "has", "had", "is", "was", "were",
            "are", "look", "looked", "looks", "feel", "felt", "feels", "seem", "seemed", "seems", "sound", "sounded");
    /** "could not be happier": the modals before "not" whose comparative says the most; "couldn't", "cannot". */
    private static final Set<String> MODALS = Set.of("could", "can", "couldn't", "can't", "cannot");
    /**
     * What may follow such a comparative: it ends its phrase ("never looked better in its history", "could not be
     * happier with the result"); before a noun it is an attribute ("could not get better access").
     */
    private static final Set<String> PHRASE_ENDS = Set.of("with", "for", "about", "at", "in", "on", "after", "since",
            "as", "because", "when", "now", "today", "ever", "this", "and", "but", "so");

    private final SentimentLexicon lexicon;

    SentenceScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param ids  scratch space of at least {@code tokens.size()} for the tokens' lexicon entries
     * @param caps scratch space of the same size for their ALL-CAPS marks
     */
    SentenceScore score(List<Token> tokens, int[] ids, boolean[] caps) {
        int n = tokens.size();
        int wordCount = 0;
        int capsCount = 0;
        int exclamations = 0;
        int contrastAt = -1;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            String text = token.text();
            if (Character.isLetter(text.charAt(0))) {
                ids[i] = lexicon.entry(token.word());
                caps[i] = (ids[i] & SentimentLexicon.CAPS) != 0;
                wordCount++;
                capsCount += caps[i] ? 1 : 0;
                if (contrastAt < 0 && lexicon.isBut(ids[i]) && wordCount > 1) {
                    contrastAt = i;
                }
            } else {
                ids[i] = NOT_A_WORD;
                caps[i] = false;
                if (text.equals("!")) {
                    exclamations++;
                }
            }
        }
        // ALL CAPS emphasises a word only when the rest of the sentence is not shouted too (all-caps headlines)
        boolean capsEmphasis = capsCount > 0 && capsCount < wordCount;
        double sum = 0;
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (int i = 0; i < n; i++) {
            if (ids[i] == NOT_A_WORD) {
                continue;
            }
            double v = lexicon.booster(ids[i]) != 0 ? 0 : lexicon.valence(ids[i]);
            if (v == 0) {
                neutral++;
                continue;
            }
            v = adjust(v < 0 ? v * NEGATIVITY : v, i, tokens, ids, caps, capsEmphasis);
            if (contrastAt >= 0) {
                v *= i < contrastAt ? 0.5 : 1.5;
            }
            sum += v;
            if (v > 0) {
                positive += v + 1;
            } else {
                negative += -v + 1;
            }
        }
        double valence = sum;
        if (sum != 0) {
            sum += Math.signum(sum) * Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION;
        }
        return new SentenceScore(sum / Math.sqrt(sum * sum + NORMALISER), positive, negative, neutral, valence, wordCount);
    }

    private double adjust(double valence, int at, List<Token> tokens, int[] ids, boolean[] caps, boolean capsEmphasis) {
        double sign = Math.signum(valence);
        double v = valence;
        if (capsEmphasis && caps[at]) {
            v += sign * CAPS_BOOST;
        }
        boolean negated = false;
        int seen = 0;
        for (int j = at - 1; j >= 0 && seen < LOOK_BACK; j--) {
            if (ids[j] == NOT_A_WORD) {
                continue;
            }
            int booster = lexicon.booster(ids[j]);
            if (booster != 0) {
                double scalar = booster * BOOST * BOOST_DECAY[seen];
                if (capsEmphasis && caps[j]) {
                    scalar += booster * CAPS_BOOST;
                }
                v += sign * scalar;
            }
            negated |= (ids[j] & SentimentLexicon.NEGATES) != 0;
            seen++;
        }
        return negated && !statesTheMost(at, tokens, ids) ? v * NEGATION : v;
    }

    /**
     * A comparative closing its phrase after "never" or "could not" says the most, not the opposite: "has never
     * looked better", "was never better", "could not be happier with", "couldn't be more frustrating". Only those:
     * "not better" ("worse and not better"), "not much better", "would not be more competitive", "never got better",
     * "could not get better access", "could not be better than the original" stay negated, as does a noun of a
     * comparative's shape ("never a killer").
     */
    private boolean statesTheMost(int at, List<Token> tokens, int[] ids) {
        boolean more = at > 0 && ids[at - 1] != NOT_A_WORD && lexicon.isMore(ids[at - 1]);
        if (!more && !lexicon.isComparative(ids[at])) {
            return false;
        }
        if (at + 1 < tokens.size() && ids[at + 1] != NOT_A_WORD
                && !PHRASE_ENDS.contains(WordTable.folded(tokens.get(at + 1).text()))) {
            return false; // "than" too: "could not be better than the original" compares
        }
        int j = more ? at - 2 : at - 1;
        while (j >= 0 && LINKING_VERBS.contains(WordTable.folded(tokens.get(j).text()))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        String negator = WordTable.folded(tokens.get(j).text());
        if (negator.equals("never")) {
            return true;
        }
        boolean apart = negator.equals("not") || negator.equals("n't"); // "could not", "could" "n't"; else "couldn't"
        return MODALS.contains(apart ? (j > 0 ? WordTable.folded(tokens.get(j - 1).text()) : "") : negator);
    }

    /**
     * @param compound sentence score in (-1, 1)
     * @param positive positive sentiment mass (VADER: valence + 1 per positive word)
     * @param negative negative sentiment mass, positive number
     * @param neutral  words without sentiment
     * @param valence  net valence of the sentence's words after VADER's rules, before squashing (and before "!")
     * @param words    words in the sentence, with and without sentiment
     */
    record SentenceScore(double compound, double positive, double negative, int neutral, double valence, int words) {
    }
}
