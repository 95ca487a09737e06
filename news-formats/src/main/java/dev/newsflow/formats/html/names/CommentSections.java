package dev.newsflow.formats.html.names;

import java.util.List;

/**
 * The other names of readers' comments (those that say "comment" are found by that word): in the languages news is
 * read in, and as blogs call them. Both sides of reading ask it: the byline and date rules pass over what is inside
 * a box {@linkplain #mayBe may be} comments, the body's cleaning drops only a box that {@linkplain #named is}.
 */
public final class CommentSections {

    // Whole words of a class or id only, as they are also parts of other words ("reactionsmith"), and plurals where
    // the singular also names an opinion piece, the article itself: German "Kommentar", Polish "komentarz".
    // Indonesian writes "komentar" for comments, one or many; "kommentarer" is the Scandinavian plural
    private static final List<String> NAMES = List.of("kommentare", "kommentarer", "komentarze", "komentari",
            "komentare", "komentar", "comentarios", "comentários", "comentario", "reacties", "yorum", "yorumlar");
    // what blogs call their comments, and an article its own sections too (a paper's Discussion, the reactions a
    // story gathers): a byline in such a box is still not the article's, but a body that dropped it would lose text
    private static final List<String> ALSO_SECTIONS = List.of("responses", "reactions", "discussion");
    // WordPress's classes for a post's topics ("tag-panel-discussion", "category-kommentare") name the post
    private static final List<String> TOPIC_CLASSES = List.of("tag-", "category-");

    private CommentSections() {
    }

    /**
     * Whether a word of a class or id (split at spaces, {@code -} and {@code _}), other than of a WordPress topic
     * class, names comments and nothing else. Walks the text in place, as the body's cleaning asks it of every named
     * element.
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
            if (end > start && !isTopicClass(classAndId, start) && holdsName(classAndId, start, end, orSections)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isTopicClass(String text, int start) {
        for (String prefix : TOPIC_CLASSES) {
            if (text.startsWith(prefix, start)) {
                return true;
            }
        }
        return false;
    }

    /** A word between {@code start} and {@code end} is one of {@link #NAMES} (or of {@link #ALSO_SECTIONS}). */
    private static boolean holdsName(String text, int start, int end, boolean orSections) {
        for (int from = start; from < end; ) {
            int to = from;
            while (to < end && text.charAt(to) != '-' && text.charAt(to) != '_') {
                to++;
            }
            if (isOneOf(NAMES, text, from, to) || orSections && isOneOf(ALSO_SECTIONS, text, from, to)) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    private static boolean isOneOf(List<String> names, String text, int from, int to) {
        for (String name : names) {
            if (name.length() == to - from && text.startsWith(name, from)) {
                return true;
            }
        }
        return false;
    }
}
