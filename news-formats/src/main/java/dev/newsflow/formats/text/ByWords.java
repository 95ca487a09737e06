package dev.newsflow.formats.text;

import java.util.List;

/**
 * The words a byline is written with in the languages news is read in: "by" before a writer's name (German "von",
 * French "par", Spanish and Portuguese "por", Dutch "door", Italian "di", Swedish and Norwegian "av", Danish "af",
 * and phrases that stand for it: Italian "a cura di", an interview's French "propos recueillis par") and "and"
 * between two writers. A plain-text article's byline line and a page's
 * (html.metadata.Byline) read the same words, so a writer a page names is named in its text saved from the browser
 * too. Each is also an everyday word ("Di Maio" a surname, "Von Mäusen und Menschen" a title), so the rules that
 * read them take one only before whole names.
 */
public final class ByWords {

    /** In lower case, a phrase's words one space apart. */
    public static final List<String> WORDS = List.of("von", "par", "por", "door", "di", "av", "af", "a cura di",
            "propos recueillis par");
    /** {@link #WORDS} as a regex's alternatives, to be put in a group: a phrase's words apart by any white space. */
    public static final String ALTERNATIVES = String.join("|", WORDS).replace(" ", "\\s+");
    /**
     * "And" between two writers as a regex's alternatives (French, German, Spanish, Italian and Portuguese, Dutch,
     * Catalan and Polish, Swedish, Norwegian and Danish, English), to be matched in lower case only: a capital "E" or
     * "Y" may be an initial.
     */
    public static final String AND_ALTERNATIVES = "et|und|y|e|en|i|och|og|and|&";

    private ByWords() {
    }
}
