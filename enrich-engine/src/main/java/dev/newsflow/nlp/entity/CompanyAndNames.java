package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.Tags;
import dev.newsflow.nlp.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Company names that go on past "and" or "&" to a capitalised run closing on a legal form ("Merck and Co Inc",
 * "Virginia Electric and Power Co", "Marks & Sons Ltd"). The tagger's training text rarely has them, so it reads them
 * as two names, or as the legal form alone ("Co Inc"), with the founder's name left out. A place before the "and" is
 * a name of its own ("France and Juster Steel Corp"), and so is a name already closed by a legal form ("Harlow Co and
 * Dellmont BV" are two).
 */
final class CompanyAndNames {

    /** Words that end a founder's firm's name after "and" though no legal form ("Marks and Sons"). */
    private static final Set<String> FAMILY_FIRMS = Set.of("Sons", "Son");
    private static final int MAX_COMPANY_WORDS = 4;

    /** The lexicon's legal forms and {@link #FAMILY_FIRMS}. */
    private final Set<String> endings;

    CompanyAndNames(EntityLexicon lexicon) {
        Set<String> words = new HashSet<>(lexicon.legalForms);
        words.addAll(FAMILY_FIRMS);
        this.endings = Set.copyOf(words);
    }

    /** The end of the company name that goes on after the span ending at {@code b}; {@code b} when there is none. */
    int after(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size() || !isAnd(tokens.get(b)) || endings.contains(tokens.get(b - 1).text())) {
            return b; // a name closed by its legal form is whole: "Telegraph Co and Philips BV" are two
        }
        int k = b + 1;
        while (k < tokens.size() && k - b <= MAX_COMPANY_WORDS && NameOpeners.canStart(tokens.get(k))) {
            k++;
            if (endings.contains(tokens.get(k - 1).text())) {
                while (k < tokens.size() && endings.contains(tokens.get(k).text())) {
                    k++; // "Co Inc"
                }
                return k;
            }
        }
        return b;
    }

    /**
     * The start of the company name whose legal form alone the tagger labelled ({@code [a, b)}, "Co Inc" in "Pellworth
     * and Co Inc"): the capitalised run nothing labelled before the "and"; {@code a} when there is none, or when that
     * run is a known place.
     */
    int before(String text, List<Token> tokens, int[] labels, int a, int b, KnownNames names) {
        if (a < 2 || !isAnd(tokens.get(a - 1))) {
            return a;
        }
        for (int k = a; k < b; k++) {
            if (!endings.contains(tokens.get(k).text())) {
                return a;
            }
        }
        int and = a - 1;
        int j = and;
        while (j > 0 && and - j < MAX_COMPANY_WORDS && labels[j - 1] == Tags.O
                && NameOpeners.mayOpen(tokens.get(j - 1))) {
            j--;
        }
        return j == and || names.placeAt(text, tokens, j, and) != null ? a : j;
    }

    private static boolean isAnd(Token token) {
        return token.text().equals("and") || token.text().equals("&");
    }
}
