package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.Set;

/**
 * Which tokens may open a name: the gate of the tagger (in training and in tagging), which the rules that join a
 * company's name to the words beside it read too.
 */
final class NameOpeners {

    /**
     * Capitalised words of closed classes (articles, pronouns, conjunctions, prepositions, question words) that open
     * a sentence or a quotation: in the training files under 1 % of them open a name ("The Hague", where the
     * scorer drops "The" anyway), and they are a sixth of the capitalised words of news text, which the tagger would otherwise score.
     */
    private static final Set<String> CLOSED_CLASS = Set.of("The", "A", "An", "This", "That", "These", "Those", "He",
            "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or",
            "If", "When", "While", "In", "On", "At", "For", "From", "With", "By", "As", "After", "Before", "Of", "To",
            "There", "What", "Which", "How", "Why", "Where", "Although", "However", "Because", "Since", "So", "Yet",
            "Then", "Also", "Some", "Many", "Most", "Both", "Each", "Such", "Other", "Another", "Any", "Every", "Not");

    private NameOpeners() {
    }

    /** Whether the tagger may open a name on {@code token}: capitalised and not a {@link #CLOSED_CLASS} word. */
    static boolean mayOpen(Token token) {
        return canStart(token) && !CLOSED_CLASS.contains(token.text());
    }

    /** Capitalised, or a number with a letter in it ("3M", "7-Eleven"). */
    static boolean canStart(Token token) {
        char c = token.text().charAt(0);
        return Character.isUpperCase(c) || (Character.isDigit(c) && hasLetter(token.text()));
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
