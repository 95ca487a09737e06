package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.nlp.text.Word;

import java.util.List;

/**
 * What the name lists say about a word, for both of their readers, in one {@link FlagTable}: the rule finder's bits
 * ({@link KnownNames}, bits 16-23) and the tagger's ({@link ListFlags}, bits 0-15). The tagger reads the capitalised
 * words the rule finder has just looked up, and two tables of 200,000-odd words cost two cache misses per word where
 * one table costs one; the article's tokens of a spelling remember the answer in their {@link Word}, so each spelling
 * of an article is probed once for both. Each word's Brown cluster path ({@link WordClusters}) is kept beside its flags, so the tagger's
 * cluster feature of a listed word (most words of running text: the common words are listed) costs no second probe
 * into the 8 MB cluster table. Immutable, thread-safe.
 */
final class ListedWords {

    /** Set in what {@link #of} answers for a word not in the table (which then has no other bit). */
    static final int UNLISTED = 1 << 29;

    /** What {@link #pathAt} answers for a word not in the table, whose path is to be looked up in the clusters. */
    static final int NO_PATH = -1;

    private final FlagTable table;
    private final WordClusters clusters;

    /** The table, each word's cluster path from {@code clusters} set beside its flags. */
    ListedWords(FlagTable table, WordClusters clusters) {
        this(table, clusters, true);
    }

    private ListedWords(FlagTable table, WordClusters clusters, boolean setPaths) {
        this.table = table;
        this.clusters = clusters;
        if (setPaths) {
            table.setExtras((pool, from, to) -> clusters.path(WordClusters.key(pool, from, to)));
        }
    }

    /** A table whose words already hold their paths in {@code clusters} beside their flags (the shipped one). */
    static ListedWords withPaths(FlagTable table, WordClusters clusters) {
        return new ListedWords(table, clusters, false);
    }

    /** The table, for {@link ShippedNameTable} to write. */
    FlagTable table() {
        return table;
    }

    /** The clusters whose paths {@link #pathAt} answers. */
    WordClusters clusters() {
        return clusters;
    }

    /** The flags of {@code word}, or {@link #UNLISTED}. */
    int of(String word) {
        int found = table.get(word);
        return found == FlagTable.ABSENT ? UNLISTED : found;
    }

    /**
     * The cluster path ({@link WordClusters#path}) of token {@code i}'s word when it is listed (brought along by its
     * look-up in {@link #at}); {@link #NO_PATH} otherwise.
     */
    int pathAt(List<Token> tokens, int i) {
        int flags = at(tokens, i);
        return (flags & UNLISTED) != 0 ? NO_PATH : tokens.get(i).word().listedPath();
    }

    /** {@link #of} token {@code i}'s word, looked up once per article: the article's tokens of a spelling share it. */
    int at(List<Token> tokens, int i) {
        return of(tokens.get(i));
    }

    /** {@link #of} the token's word, looked up once per article: the article's tokens of a spelling share it. */
    int of(Token token) {
        Word word = token.word();
        int remembered = word.listedFlags(table);
        if (remembered != Word.UNSEEN) {
            return remembered;
        }
        int slot = table.slot(word.text());
        if (slot == FlagTable.ABSENT) {
            word.rememberListed(table, UNLISTED, NO_PATH);
            return UNLISTED;
        }
        int found = table.flagsAt(slot);
        word.rememberListed(table, found, table.extraAt(slot));
        return found;
    }
}
