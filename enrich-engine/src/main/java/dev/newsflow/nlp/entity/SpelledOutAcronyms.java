package dev.newsflow.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An acronym the article spells out in lower-case words ("a personal video recorder (PVR)", "multiple sclerosis
 * (MS)", "digital rights management (DRM)") is a common noun's short form: a thing, a disease, a technique, no body.
 * The tagger reads a lone acronym as an organisation, and a list may know the letters as some firm's; the article's
 * own definition decides for every mention of it in that article. A body's name written in lower case is still the
 * body when the lists know the name or the acronym ("the world health organisation (WHO)", "the european central bank
 * (ECB)").
 */
final class SpelledOutAcronyms {

    /** Words an acronym's letters skip: "rate of exchange (ROE)", "research and development (R&D)". */
    private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "to", "in", "on", "a", "an", "&",
            "over", "by", "with");
    /** How many words before the bracket the spelled-out form may take. */
    private static final int MAX_WORDS = 10;

    private final EntityLexicon lexicon;

    SpelledOutAcronyms(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Drops the mentions of acronyms {@code text} defines by lower-case words. */
    void drop(String text, List<Mention> mentions) {
        Set<String> common = null;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0 || close - open > 12 || close - open < 3 || !Character.isUpperCase(text.charAt(open + 1))) {
                continue;
            }
            String acronym = text.substring(open + 1, close);
            String letters = letters(acronym);
            int spelled = letters.length() >= 2 ? spelledInLowerCase(text, open, letters) : -1;
            if (spelled >= 0 && !lexicon.organizations.containsKey(acronym)
                    && !lexicon.organizationsLowerCase.containsKey(text.substring(spelled, open).strip())) {
                common = common != null ? common : new HashSet<>();
                common.add(acronym);
                common.add(acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym + "s");
            }
        }
        if (common != null) {
            Set<String> forms = common;
            mentions.removeIf(m -> forms.contains(m.text()));
        }
    }

    /** The capitals of an acronym, or "" when it is no acronym ("PVRs" gives "PVR", "R&D" gives "RD"). */
    private static String letters(String acronym) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append(c);
            } else if (!(c == '&' || (c == 's' && i == acronym.length() - 1) || Character.isDigit(c))) {
                return "";
            }
        }
        return out.toString();
    }

    /**
     * Where the words right before {@code open} that start with {@code letters}, in order, all in lower case, begin;
     * -1 when they do not.
     */
    private static int spelledInLowerCase(String text, int open, String letters) {
        int at = letters.length() - 1;
        int end = open;
        int words = 0;
        while (at >= 0 && words < MAX_WORDS) {
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-'
                    || text.charAt(start - 1) == '&')) {
                start--;
            }
            if (start == end) {
                return -1; // a mark before the words ran out
            }
            String word = text.substring(start, end);
            words++;
            end = start;
            if (SKIPPED.contains(word)) {
                continue;
            }
            String[] parts = word.split("-"); // "high-definition television (HDTV)"
            for (int p = parts.length - 1; p >= 0; p--) {
                if (parts[p].isEmpty()) {
                    continue;
                }
                if (at < 0 || !Character.isLowerCase(parts[p].charAt(0))
                        || Character.toUpperCase(parts[p].charAt(0)) != letters.charAt(at)) {
                    return -1;
                }
                at--;
            }
        }
        return at < 0 ? end : -1;
    }
}
