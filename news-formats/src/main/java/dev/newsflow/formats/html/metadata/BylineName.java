package dev.newsflow.formats.html.metadata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline's name without what templates put beside it in the same box: the writer's social handle and e-mail
 * address, their account name in lower case, buttons and links ("Follow", "View author archive", "More stories by"),
 * reading times, counts and times ("5 minute read", "2 Comments", "12 mins ago", "9:55 AM"), a copy of the name for
 * screen readers beside the visible one, and the section a story is filed in ("Ines Roth in Opinion"). Each rule
 * takes a shape that names do not have, and each cut is made only where a name stays before it; a byline that is only
 * a handle, an address or an organisation ("France 24", "Knowledge@Wharton") stays as it is.
 */
final class BylineName {

    private static final int LONGEST = 200;
    // "@inesroth" or "(@inesroth)" as a word of its own, "iroth@harbour.example" or "<iroth@harbour.example>"
    private static final Pattern HANDLE = Pattern.compile(
            "(?<=^|[\\s|•·,;])(?:\\(@[\\p{L}\\p{N}_.]+\\)|@[\\p{L}\\p{N}_.]+|<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?)");
    // "Tom Warren@tomwarren": a handle glued to the name's last letter (taken only after a name of two words)
    private static final Pattern GLUED_HANDLE = Pattern.compile("(?<=\\p{Ll})@[\\p{L}\\p{N}_]+(?=[\\s|•·]|$)");
    // clock times, numeric dates of three parts, durations and counts: "9:55", "12.09.16", "2026-05-04", "12 mins",
    // "5 minute", "76Comments"; not "16:9", "24/7", "5.11" or "1-800", which open names
    private static final Pattern DETAIL = Pattern.compile("(?i)\\d{1,2}:\\d{2}(?!\\d)"
            + "|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d+\\s*(?:min(?:ute)?s?"
            + "|hours?|hrs?|days?|weeks?|months?|years?|sec(?:ond)?s?|comments?|responses?|replies|shares?|views?"
            + "|likes?)\\b");
    // a clock time or a numeric date of three parts before the name, and a "By" after it: "09:39 – By Ines Roth",
    // "04/05/2026 09:39 Ines Roth"; not "16:9 Magazine" or "5.11 Tactical"
    private static final Pattern LEADING_DETAIL = Pattern.compile("^(?:(?:\\d{1,2}:\\d{2}(?!\\d)"
            + "(?:\\s*[AaPp]\\.?[Mm]\\.?)?|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})[\\s,;:|•·—–-]*)+(?:(?i:by)\\s*:?\\s+)?");
    // buttons and links as templates write them beside a name
    private static final Pattern BUTTONS = Pattern.compile("Blocked\\s*Unblock|Follow\\s*Following"
            + "|View\\s+(?:author|all|profile|full|more)\\b|Get\\s+author\\b"
            + "|More\\s+(?:stories|articles|posts)\\s+(?:by|from)\\b|Print\\s+E-?mail\\b|E-?mail\\s+the\\s+author\\b");
    // a single button left at the end, once a handle went ("Ines Roth Follow @inesroth")
    private static final Pattern LAST_BUTTON = Pattern.compile("\\s+(?:Follow|Following|Unfollow|E-?mail|Print|Share"
            + "|Tweet|Subscribe|Contact)$");
    // "Ines Roth in Opinion", "Ines Roth in New York": a capitalised name of two words or more, then a section or place
    private static final Pattern NAME_IN_SECTION = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)+)"
            + "\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}");
    // "Ines Roth inesroth", "Ines Roth (inesroth)": an account name, in lower case, that spells part of the name
    private static final Pattern ACCOUNT = Pattern.compile("\\s+\\(?([\\p{Ll}\\p{Nd}_.]{4,})\\)?$");
    private static final Pattern LOOSE_END = Pattern.compile("(?:[\\s,;:|•·—–-]+|\\s+(?:in|on|at|and|&)(?=\\s|$))+$");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("\\s+(?=[,;])");
    private static final Pattern IN_BRACKETS = Pattern.compile("^[(（](.*)[)）]$");
    // what a wire or a paper adds after the writer's name: "Ines Roth | AAP", "Ines Roth / TNN" (an agency's code in
    // capitals), "Ines Roth For MailOnline" (a capital For: organisations write "Center for ..." in lower case), a
    // news agency after a comma ("Ines Roth, Associated Press"); and the writer's job after a comma ("Ines Roth,
    // Health Correspondent", "Ines Roth and Ola Berg, Staff Writers")
    private static final Pattern CREDIT = Pattern.compile("\\s*[|/]\\s*\\p{Lu}{2,5}$|\\s+For\\s+\\p{Lu}.*$"
            + "|,\\s*(?i:(?:the\\s+)?(?:associated\\s+press|reuters|afp|agence\\s+france-presse|bloomberg(?:\\s+news)?"
            + "|upi|canadian\\s+press|press\\s+association|pa\\s+media|dpa|efe|ansa|kyodo(?:\\s+news)?|xinhua|ap|aap)"
            + "|(?:[\\p{L}-]+\\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|producer"
            + "|journalist|photographer|critic|analyst|intern|chief)s?)$");
    // another role's credit after the writer's, on the next line or after a bar: "Imogen Carter<br>Photography by
    // Felix Wu", "Imogen Carter | Illustrations by Ola Berg", a health site's "Medically reviewed by", "Fact checked
    // by"; or the role as a label, as papers in many languages write it: "Text: Jana Döring | Fotos: Malte Krüger",
    // "Tekst: Pieter Jansen · Beeld: Sanne de Wit", "Text: Karin Holm Foto: Olle Berg"
    private static final Pattern OTHER_ROLE = Pattern.compile("(?:\\s*[|•·,;/]\\s*|\\s+)(?i:(?:photo(?:graph)?s?"
            + "|photography|pictures|images?|illustrations?|video|graphics|design|additional\\s+reporting|edited"
            + "|(?:medically\\s+|fact[\\s-]?)?(?:reviewed|checked))\\s+by"
            + "|(?:photos?|fotos?|bilder?|beeld|fotografie|fotografía|illustrations?|grafik|video)\\s*:)(?=\\s)");
    // a reporter's title written with the name in Korean and Chinese bylines: "김민수 기자", "记者 张伟"
    private static final Pattern REPORTER = Pattern.compile("\\s*(?:기자|특파원)$|^(?:记者|記者|通讯员|通訊員)\\s*");

    private BylineName() {
    }

    /** {@code byline} (without its "By") with only its name, or as it is when no name would stay. */
    static String of(String byline) {
        if (byline == null || byline.length() > LONGEST) {
            return byline;
        }
        String name = withoutHandles(withoutLeadingDetail(byline));
        name = cutAt(name, BUTTONS);
        name = cutAt(name, DETAIL);
        name = cutAt(name, OTHER_ROLE);
        if (!name.equals(byline)) {
            name = withoutLastButton(withoutDateLabel(tidy(name)));
        }
        name = onceOnly(name);
        Matcher section = NAME_IN_SECTION.matcher(name);
        if (section.matches()) {
            name = section.group(1);
        }
        Matcher account = ACCOUNT.matcher(name);
        if (account.find() && spellsPartOf(account.group(1), name.substring(0, account.start()))) {
            name = tidy(name.substring(0, account.start()));
        }
        // "Gareth Strand -": a template's separator before what it left empty
        String ended = tidy(name);
        name = looksLikeName(ended) ? ended : name;
        // a credit only after a name of two words or more: "Parents For Peace" is an organisation's name
        String credited = CREDIT.matcher(name).replaceFirst("");
        name = credited.strip().indexOf(' ') > 0 && looksLikeName(credited) ? credited : name;
        // "（山本健一）": Japanese papers close a story with the writer's name in brackets
        String titled = IN_BRACKETS.matcher(REPORTER.matcher(name).replaceAll("").strip()).replaceFirst("$1");
        name = looksLikeName(titled) ? titled : name;
        return looksLikeName(name) ? name : byline;
    }

    /** Without a time or date before the name, where a name stays. */
    private static String withoutLeadingDetail(String byline) {
        String name = LEADING_DETAIL.matcher(byline).replaceFirst("");
        return name.length() < byline.length() && looksLikeName(name) ? name : byline;
    }

    /** Without the handles and addresses it holds, where a name stays. */
    private static String withoutHandles(String byline) {
        String name = HANDLE.matcher(byline).replaceAll(" ");
        Matcher glued = GLUED_HANDLE.matcher(name);
        if (glued.find() && name.substring(0, glued.start()).strip().indexOf(' ') > 0) {
            name = name.substring(0, glued.start());
        }
        if (name.equals(byline)) {
            return byline;
        }
        // "Ines Roth (@inesroth), Ola Berg", "iroth@harbour.example (Ines Roth)"
        String spaced = SPACE_BEFORE_COMMA.matcher(SPACES.matcher(name).replaceAll(" ")).replaceAll("");
        name = IN_BRACKETS.matcher(spaced.strip()).replaceFirst("$1");
        return looksLikeName(name) ? name : byline;
    }

    /** The text before the first match of {@code junk} that has a name before it; the text when none has. */
    private static String cutAt(String text, Pattern junk) {
        Matcher m = junk.matcher(text);
        while (m.find()) {
            if (looksLikeName(text.substring(0, m.start()))) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }

    private static String tidy(String text) {
        return LOOSE_END.matcher(text).replaceFirst("");
    }

    /** Without a date's label left by its date ("Updated" of "Updated 9:55 AM ET"). */
    private static String withoutDateLabel(String text) {
        Matcher label = Byline.DATE_LABEL.matcher(text);
        boolean nameBefore = label.find() && looksLikeName(text.substring(0, label.start()));
        return nameBefore ? tidy(text.substring(0, label.start())) : text;
    }

    /** Without a button left at the end, where two words stay ("Anna Print" is a name). */
    private static String withoutLastButton(String text) {
        Matcher button = LAST_BUTTON.matcher(text);
        return button.find() && text.substring(0, button.start()).strip().indexOf(' ') > 0
                ? tidy(text.substring(0, button.start())) : text;
    }

    /**
     * The name once when the text writes it twice ("Ola Berg. Ola Berg Science", "Ines RothInes Roth": a copy for
     * screen readers or for another layout beside the one shown); the name has two words at least, and its copy ends
     * where a word ends ("Ola Berg, Ola Bergström" names two people).
     */
    private static String onceOnly(String text) {
        for (int end = 1; end < text.length(); end++) {
            char last = text.charAt(end - 1);
            char next = text.charAt(end);
            boolean wordEnd = Character.isLetter(last) && (!Character.isLetterOrDigit(next)
                    || Character.isLowerCase(last) && Character.isUpperCase(next));
            if (!wordEnd || text.lastIndexOf(' ', end - 1) < 0) {
                continue;
            }
            int again = end;
            while (again < text.length() && " .,;:|•·".indexOf(text.charAt(again)) >= 0) {
                again++;
            }
            int after = again + end;
            if (text.startsWith(text.substring(0, end), again)
                    && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return text.substring(0, end);
            }
        }
        return text;
    }

    /**
     * Whether {@code text} can be a name: two letters at least, starting with a capital or with a letter of a script
     * without capitals (李小红).
     */
    private static boolean looksLikeName(String text) {
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
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        return words.length >= 2 && (words[0].length() >= 3 && account.contains(words[0])
                || words[words.length - 1].length() >= 3 && account.contains(words[words.length - 1]));
    }
}
