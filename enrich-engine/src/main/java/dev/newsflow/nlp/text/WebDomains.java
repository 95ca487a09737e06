package dev.newsflow.nlp.text;

/**
 * The web domain endings that make a word a website's name ("Amazon.com", "gamesindustry.biz", "amazon.co.uk"): the
 * tokeniser keeps such a word whole, and the entity rules read it as the site.
 */
public final class WebDomains {

    private static final String[] ENDINGS = {"com", "co.uk", "net", "org", "biz", "info"};

    private WebDomains() {
    }

    /** Length of a domain ending ("com", "co.uk") at {@code at} that ends the word, 0 if none. */
    static int lengthAt(String text, int at) {
        for (String ending : ENDINGS) {
            int end = at + ending.length();
            if (text.startsWith(ending, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return ending.length();
            }
        }
        return 0;
    }

    /** {@code word} is a name before a dot and a domain ending, the whole word: "Sina.com", not "com" or ".com". */
    public static boolean isWebsite(String word) {
        int dot = word.indexOf('.');
        while (dot > 0) {
            int ending = lengthAt(word, dot + 1);
            if (ending > 0 && ending == word.length() - dot - 1 && Character.isLetterOrDigit(word.charAt(dot - 1))) {
                return true;
            }
            dot = word.indexOf('.', dot + 1);
        }
        return false;
    }
}
