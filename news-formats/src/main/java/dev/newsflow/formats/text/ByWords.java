package dev.newsflow.formats.text;

import java.util.List;

/**
 * The words other languages write "by" with before a writer's name: German "von", French "par", Spanish and
 * Portuguese "por", Dutch "door", Italian "di", Swedish and Norwegian "av", Danish "af". A plain-text article's
 * byline line and a page's (html.metadata.Byline) read the same words, so a writer a page names is named in its text
 * saved from the browser too. Each is also an everyday word ("Di Maio" a surname, "Von Mäusen und Menschen" a
 * title), so the rules that read them take one only before whole names.
 */
public final class ByWords {

    /** In lower case. */
    public static final List<String> WORDS = List.of("von", "par", "por", "door", "di", "av", "af");
    /** {@link #WORDS} as a regex's alternatives, to be put in a group. */
    public static final String ALTERNATIVES = String.join("|", WORDS);

    private ByWords() {
    }
}
