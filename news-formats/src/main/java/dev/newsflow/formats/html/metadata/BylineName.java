package dev.newsflow.formats.html.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline's name without what templates put beside it in the same box: the writer's social handle ({@code @inesroth},
 * glued to the name or after "Follow" or "on") or e-mail address, their account name in lower case ({@code inesroth},
 * {@code (inesroth)}), buttons and links ("Follow", "View author archive", "More stories by", "Print"), reading times,
 * counts and times ("5 minute read", "2 Comments", "12 mins ago": a name has no digit), a copy of the name for screen
 * readers beside the visible one, and the section after "in". Each cut is made only where a name stays before it, so
 * a byline that is only a handle or one word stays as it is.
 */
final class BylineName {

    private static final int LONGEST = 200;
    // "@inesroth" and "iroth@harbour.example": what comes from an at sign on is no name
    private static final Pattern AT = Pattern.compile("@[\\p{L}\\p{N}_.]");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    // capitalised as templates write them, after a space or glued to the word before ("BlockedUnblock"), and not the
    // start of a longer word ("Getty", "Viewer"), unless one glued after ("FollowFollowing")
    private static final Pattern BUTTON = Pattern.compile("(?<=\\s|\\p{Ll})(?:Follow|Following|Unfollow|Blocked"
            + "|Unblock|View|Print|E-?mail|Share|Tweet|Subscribe|Contact|RSS|More\\s+(?:stories|articles|posts|from)"
            + "|Get\\s+(?:author|the))(?=\\b|\\p{Lu})");
    // "Ines Roth in Harbour": the section a story is filed in, written after the name
    private static final Pattern SECTION = Pattern.compile("\\s+in\\s+\\p{Lu}[^,;|•·]*$");
    // "Ines Roth inesroth", "Ines Roth (inesroth)": an account name, in lower case, that spells part of the name
    private static final Pattern ACCOUNT = Pattern.compile("\\s+\\(?([\\p{Ll}\\p{Nd}_.]{4,})\\)?$");
    private static final Pattern LOOSE_END = Pattern.compile("(?:[\\s,;:|•·—–-]+|\\s+(?i:in|on|at|and|&)(?=\\s|$))+$");

    private BylineName() {
    }

    /** {@code byline} (without its "By") with only its name, or as it is when no name would stay. */
    static String of(String byline) {
        if (byline == null || byline.length() > LONGEST) {
            return byline;
        }
        String name = byline;
        int cut = name.length();
        for (Pattern junk : new Pattern[] {AT, DIGIT, BUTTON}) {
            Matcher m = junk.matcher(name);
            while (m.find() && m.start() < cut) {
                if (hasName(name.substring(0, m.start()))) {
                    cut = m.start();
                    break;
                }
            }
        }
        name = tidy(onceOnly(name.substring(0, cut)));
        Matcher section = SECTION.matcher(name);
        if (section.find() && hasName(name.substring(0, section.start()))) {
            name = tidy(name.substring(0, section.start()));
        }
        Matcher account = ACCOUNT.matcher(name);
        if (account.find() && spellsPartOf(account.group(1), name.substring(0, account.start()))) {
            name = tidy(name.substring(0, account.start()));
        }
        return hasName(name) ? name : byline;
    }

    /** Without loose separators and joining words at the end, nor a date's label ("Updated") left by its date. */
    private static String tidy(String text) {
        String tidy = LOOSE_END.matcher(text).replaceFirst("");
        Matcher label = Byline.DATE_LABEL.matcher(tidy);
        return label.find() && hasName(tidy.substring(0, label.start()))
                ? LOOSE_END.matcher(tidy.substring(0, label.start())).replaceFirst("") : tidy;
    }

    /**
     * The name once when the text writes it twice ("Ola Berg. Ola Berg Science", "Ines RothInes Roth": a copy for
     * screen readers or for another layout beside the one shown); the name has two words at least.
     */
    private static String onceOnly(String text) {
        for (int end = 1; end < text.length(); end++) {
            char last = text.charAt(end - 1);
            char next = text.charAt(end);
            boolean wordEnd = Character.isLetter(last) && (!Character.isLetterOrDigit(next)
                    || Character.isLowerCase(last) && Character.isUpperCase(next));
            if (!wordEnd || text.lastIndexOf(' ', end) < 0) {
                continue;
            }
            int again = end;
            while (again < text.length() && " .,;:|•·".indexOf(text.charAt(again)) >= 0) {
                again++;
            }
            if (text.startsWith(text.substring(0, end), again)) {
                return text.substring(0, end);
            }
        }
        return text;
    }

    /**
     * Whether {@code text} can be a name: two letters at least, starting with a capital or with a letter of a script
     * without capitals (李小红).
     */
    private static boolean hasName(String text) {
        String name = text.strip();
        int first = -1;
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                first = first < 0 ? i : first;
                letters++;
            }
        }
        return letters >= 2 && (Character.isUpperCase(name.charAt(first))
                || Character.getType(name.charAt(first)) == Character.OTHER_LETTER);
    }

    /** Whether an account name holds the name's first or last word ("olaberg", "iroth" for "Ola Berg", "Ines Roth"). */
    private static boolean spellsPartOf(String account, String name) {
        String[] words = name.strip().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        return words.length >= 2 && (words[0].length() >= 3 && account.contains(words[0])
                || words[words.length - 1].length() >= 3 && account.contains(words[words.length - 1]));
    }
}
