package dev.newsflow.nlp.entity;

/**
 * A stock ticker after a name, which only a listed company has: wire style in angle brackets ("<HWC>", "<SIEG.F>")
 * or in parentheses with an exchange suffix or prefix ("(HWC.N)", "(NYSE: HWC)"). A bare capitalised word in
 * parentheses is not one: "(ECB)" is the acronym of the name before it.
 */
final class StockTickers {

    private StockTickers() {
    }

    /** Whether a stock ticker follows {@code m}: a company's mark whatever type the tagger gave the name. */
    static boolean follows(String text, Mention m) {
        return at(text, TextWords.skipSpaces(text, m.end()));
    }

    /** Whether a stock ticker starts at {@code p}. */
    static boolean at(String text, int p) {
        if (p >= text.length() || (text.charAt(p) != '<' && text.charAt(p) != '(')) {
            return false;
        }
        char close = text.charAt(p) == '<' ? '>' : ')';
        int q = p + 1;
        boolean exchange = false;
        int colon = text.indexOf(':', q, Math.min(text.length(), q + 9)); // an exchange's name is short
        if (close == ')' && colon > q && colon - q <= 8 && colon + 1 < text.length() && text.charAt(colon + 1) == ' '
                && text.substring(q, colon).chars().allMatch(Character::isLetter)) {
            exchange = true; // "(NYSE: HWC)", "(Nasdaq: HWC)"
            q = colon + 2;
        }
        int symbol = q;
        boolean dotted = false;
        while (q < text.length() && q - symbol < 10 && (Character.isUpperCase(text.charAt(q)) || text.charAt(q) == '.')) {
            dotted |= text.charAt(q) == '.';
            q++;
        }
        return q > symbol && q < text.length() && text.charAt(q) == close && (close == '>' || exchange || dotted);
    }
}
