package dev.newsflow.formats.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a byline is written with in the languages news is read in: "by" before a writer's name (German "von",
 * French "par", Spanish and Portuguese "por", Dutch "door", Italian "di", Swedish and Norwegian "av", Danish "af",
 * and phrases that stand for it: Italian "a cura di", an interview's French "propos recueillis par") and "and" between
 * two writers. A plain-text article's byline line and a page's (html.metadata.Byline) read the same words, so a
 * writer a page names is named in its text saved from the browser too. Each is also an everyday word ("Di Maio" a
 * surname, "Von Mäusen und Menschen" a title), so the rules that read them take one only before whole names, joined
 * by that language's own "and" ({@link #opens}).
 */
public final class ByWords {

    // each by-word with its language's "and": "Av Kari Nord i New York" is one writer in New York, as Swedish "i" is
    // "in" where Catalan's is "and"
    private static final List<ByWord> BY_WORDS = List.of(new ByWord("von", "und"), new ByWord("par", "et"),
            new ByWord("por", "y|e"), new ByWord("door", "en"), new ByWord("di", "e"), new ByWord("av", "och|og"),
            new ByWord("af", "og"), new ByWord("a cura di", "e"), new ByWord("propos recueillis par", "et"));
    // a by-word that is also an everyday word in the languages around it, capitalised at a heading's start: Indonesian
    // and Malay "di" (in, at: "Di Balik Layar Persiapan Debat"); before one or two short names only, as a byline is.
    // Swedish, Norwegian and Danish write headings in sentence case, so "Av Per Olav Sølvberg Hansen" is a name
    private static final List<String> EVERYDAY = List.of("di");
    private static final int LONGEST_AFTER_EVERYDAY = 3;
    // a name's particles do not count towards that: "Di Maria Grazia De Luca"
    private static final List<String> PARTICLES = List.of("de", "di", "da", "del", "della", "van", "von", "der", "la",
            "le");
    // what may follow the names after such a word: a detail after a bar, a date or the pictures' credit ("di Marco
    // Rossi · 12 marzo 2024"), not a clause after a comma ("Di Tengah Kenaikan Harga, Warga Tetap Berbelanja")
    private static final Pattern DETAIL = Pattern.compile("^\\s+[|•·—–]\\s.*");
    // a desk, not a person: "Autor: Redaktion Berlin", "Author: Staff Reporter", "A cura di Redazione Online"
    private static final Pattern DESK = Pattern.compile("(?iu)\\b(?:redaktion|newsroom|staff|reporters?|team|agentur"
            + "|presse|desk|editors?|redacción|rédaction|redazione|redactie|redakcja)\\b");

    /** In lower case, a phrase's words one space apart. */
    public static final List<String> WORDS = BY_WORDS.stream().map(ByWord::words).toList();
    /** {@link #WORDS} as a regex's alternatives, to be put in a group: a phrase's words apart by any white space. */
    public static final String ALTERNATIVES = String.join("|", WORDS).replace(" ", "\\s+");
    /**
     * "And" between two writers as a regex's alternatives (French, German, Spanish, Italian and Portuguese, Dutch,
     * Catalan and Polish, Swedish, Norwegian and Danish, English), to be matched in lower case only: a capital "E" or
     * "Y" may be an initial. After a label ("Autor:", "Text:") any of them; after a by-word its language's own.
     */
    public static final String AND_ALTERNATIVES = "et|und|y|e|en|i|och|og|and|&";
    private static final Pattern ANY_AND = Pattern.compile("\\s+(?:" + AND_ALTERNATIVES + ")\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, Pattern> OWN_AND = BY_WORDS.stream().collect(Collectors.toMap(ByWord::words,
            byWord -> Pattern.compile("\\s+(?:" + byWord.and() + "|&)\\s+")));

    private ByWords() {
    }

    /**
     * Whether {@code names}, what a line gives after the by-word {@code byWord} (any case and spacing), can be its
     * writers, not a desk: joined by the by-word's own language's "and" (or {@code &}), and after a by-word that is
     * also an everyday word, names of at most three words each (particles aside) with at most a detail after a bar
     * after them on the line ({@code after}: what the line holds after the names).
     */
    public static boolean opens(String byWord, String names, String after) {
        String word = SPACES.matcher(byWord.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        Pattern own = OWN_AND.get(word);
        if (own == null) {
            return false;
        }
        boolean everyday = EVERYDAY.contains(word);
        if (everyday && !after.isBlank() && !DETAIL.matcher(after).matches() || isDesk(names)) {
            return false;
        }
        for (String writer : own.split(names.strip())) {
            if (ANY_AND.matcher(writer).find() || everyday && words(writer) > LONGEST_AFTER_EVERYDAY) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code names} is a desk rather than a person ("Redaktion Berlin", "Staff Reporter"). */
    public static boolean isDesk(String names) {
        return DESK.matcher(names).find();
    }

    private static int words(String writer) {
        int words = 0;
        for (String word : SPACES.split(writer.strip())) {
            words += PARTICLES.contains(word.toLowerCase(Locale.ROOT)) ? 0 : 1;
        }
        return words;
    }

    /** A by-word and its language's "and" as a regex's alternatives. */
    private record ByWord(String words, String and) {
    }
}
