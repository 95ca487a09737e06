package dev.newsflow.formats.html.names;

import java.util.List;

/**
 * The other names of readers' comments (those that say "comment" are found by that word): in the languages news is
 * read in, and as blogs call them. Both sides of reading ask it: the byline and date rules pass over what is inside
 * a box {@linkplain #mayBe may be} comments, the body's cleaning drops a box that is {@linkplain #named named} so.
 * The two differ where a word is ambiguous, each side erring the way that costs it least.
 */
public final class CommentSections {

    // A class or id word that starts with one of these is the readers' comments on both sides: plurals no writer's or
    // column's name starts with (kommentarer, kommentareList, comentariosFacebook)
    private static final List<String> PLURAL_STEMS = List.of("kommentare", "komentarze", "comentarios", "comentários",
            "reacties", "yorumlar");
    // plurals that also start a writer's name ("komentarist", "komentarzysta"), as whole words only
    private static final List<String> PLURALS = List.of("komentari", "komentare", "komentarai", "komentarji",
            "komentarov", "komentarzy");
    // For the body also a word that starts with the singular, as readers' comments are named in Indonesian
    // ("komentar", "kolom-komentar") and Turkish ("yorum-alani"); in Croatian, Slovene or Turkish the same word is
    // also a column or its writer ("komentar", "yorumcu"), whose byline the byline rules must not lose, so they
    // leave it be. The Polish singular "komentarz" is only the column
    private static final List<String> SINGULAR_STEMS = List.of("komentar", "yorum", "comentario", "comentário");
    private static final List<String> COLUMNS = List.of("komentarz");
    // what blogs call their comments, and an article its own sections too (a paper's Discussion, the reactions a
    // story gathers): a byline in such a box is still not the article's, but a body that dropped it would lose text
    private static final List<String> ALSO_SECTIONS = List.of("responses", "reactions", "discussion");
    // WordPress's classes for a post's topics ("tag-panel-discussion", "category-kommentare") name the post
    private static final List<String> TOPIC_CLASSES = List.of("tag-", "category-");

    private CommentSections() {
    }

    /**
     * Whether a class or id word (split at spaces, {@code -} and {@code _}), other than of a WordPress topic class,
     * names comments, for the body's cleaning. Walks the text in place, as it is asked of every named element.
     *
     * @param classAndId in lower case, as {@link ClassAndId#of} gives it
     */
    public static boolean named(String classAndId) {
        return named(classAndId, false);
    }

    /**
     * Whether such a word names comments for certain or what may be them ({@code responses}, {@code discussion}), for
     * the byline and date rules.
     */
    public static boolean mayBe(String classAndId) {
        return named(classAndId, true);
    }

    private static boolean named(String classAndId, boolean forMetadata) {
        int length = classAndId.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && !Character.isWhitespace(classAndId.charAt(end))) {
                end++;
            }
            if (end > start && !startsWithOneOf(TOPIC_CLASSES, classAndId, start, end)
                    && holdsName(classAndId, start, end, forMetadata)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** A word between {@code start} and {@code end} names comments for the side asking. */
    private static boolean holdsName(String text, int start, int end, boolean forMetadata) {
        for (int from = start; from < end; ) {
            int to = from;
            while (to < end && text.charAt(to) != '-' && text.charAt(to) != '_') {
                to++;
            }
            if (startsWithOneOf(PLURAL_STEMS, text, from, to) || isOneOf(PLURALS, text, from, to)
                    || (forMetadata ? isOneOf(ALSO_SECTIONS, text, from, to)
                    : startsWithOneOf(SINGULAR_STEMS, text, from, to) && !isOneOf(COLUMNS, text, from, to))) {
                return true;
            }
            from = to + 1;
        }
        return false;
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
