package dev.newsflow.formats.html.names;

import java.util.List;

/**
 * The other names of readers' comments (those that say "comment" are found by that word): in the languages news is
 * read in, and as blogs call them. Both sides of reading ask it: the byline and date rules pass over what is inside
 * a box {@linkplain #mayBe may be} comments, the body's cleaning drops only a box that {@linkplain #named is}.
 */
public final class CommentSections {

    // A word of a class or id that starts with one of these names comments, whatever ending a language gives it
    // (komentarze, komentarzy, komentari, komentarov, kommentarer, yorumlar) or an id glued on in camel case
    // (kommentareList, yorumAlani), but not as a part inside another word
    private static final List<String> STEMS = List.of("kommentare", "komentar", "comentario", "comentário", "reacties",
            "yorum");
    // the singular where it also names an opinion piece, the article itself (Croatian, Slovene or Slovak "komentar",
    // Polish "komentarz", Turkish "yorum"; Indonesian "komentar" is the readers'): comments only beside a word for
    // the box that lists them (komentar-list, daftar-komentar, yorum-alani), not beside its writer (komentar-autor)
    private static final List<String> SINGULARS = List.of("komentar", "komentarz", "yorum");
    private static final List<String> LIST_WORDS = List.of("list", "lists", "liste", "lista", "box", "section",
            "area", "wrap", "wrapper", "container", "thread", "form", "daftar", "alani", "seznam", "zoznam", "sekcja",
            "bereich");
    // what blogs call their comments, and an article its own sections too (a paper's Discussion, the reactions a
    // story gathers): a byline in such a box is still not the article's, but a body that dropped it would lose text
    private static final List<String> ALSO_SECTIONS = List.of("responses", "reactions", "discussion");
    // WordPress's classes for a post's topics ("tag-panel-discussion", "category-kommentare") name the post
    private static final List<String> TOPIC_CLASSES = List.of("tag-", "category-");

    private CommentSections() {
    }

    /**
     * Whether a class or id word (split at spaces, {@code -} and {@code _}), other than of a WordPress topic class,
     * names comments and nothing else. Walks the text in place, as the body's cleaning asks it of every named element.
     *
     * @param classAndId in lower case, as {@link ClassAndId#of} gives it
     */
    public static boolean named(String classAndId) {
        return named(classAndId, false);
    }

    /** Whether such a word names comments or what may be them ({@code responses}, {@code discussion}). */
    public static boolean mayBe(String classAndId) {
        return named(classAndId, true);
    }

    private static boolean named(String classAndId, boolean orSections) {
        int length = classAndId.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && !Character.isWhitespace(classAndId.charAt(end))) {
                end++;
            }
            if (end > start && !startsWithOneOf(TOPIC_CLASSES, classAndId, start, end)
                    && namesComments(classAndId, start, end, orSections)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** The class or id between {@code start} and {@code end} has a word that names comments. */
    private static boolean namesComments(String text, int start, int end, boolean orSections) {
        boolean singular = false;
        boolean listWord = false;
        for (int from = start; from < end; ) {
            int to = from;
            while (to < end && text.charAt(to) != '-' && text.charAt(to) != '_') {
                to++;
            }
            if (isOneOf(SINGULARS, text, from, to)) {
                singular = true;
            } else if (startsWithOneOf(STEMS, text, from, to) || orSections && isOneOf(ALSO_SECTIONS, text, from, to)) {
                return true;
            }
            listWord |= isOneOf(LIST_WORDS, text, from, to);
            from = to + 1;
        }
        return singular && listWord;
    }

    private static boolean isOneOf(List<String> words, String text, int from, int to) {
        for (String word : words) {
            if (word.length() == to - from && text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithOneOf(List<String> prefixes, String text, int from, int to) {
        for (String prefix : prefixes) {
            if (prefix.length() <= to - from && text.startsWith(prefix, from)) {
                return true;
            }
        }
        return false;
    }
}
