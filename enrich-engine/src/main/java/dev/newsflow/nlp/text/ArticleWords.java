package dev.newsflow.nlp.text;

/**
 * The distinct spellings of one text, for the tokenizer: the first token of a spelling makes its {@link Word} (and
 * its string), the later ones share both, found by their characters in the text without a copy. Open addressing on
 * arrays, growing at half full. Confined to one tokenize call.
 */
final class ArticleWords {

    private Word[] words;
    private int[] hashes;
    private int size;
    /** 32 minus log2 of the capacity: a slot is the top bits of hash × golden ratio. */
    private int shift;

    ArticleWords(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        words = new Word[capacity];
        hashes = new int[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /** The word spelt {@code text[from, to)}, made on first sight. */
    Word of(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int mask = words.length - 1;
        int length = to - from;
        int slot = (h * 0x9E3779B9) >>> shift;
        // the hash is compared before the word is read: a slot of another word then costs no read of its object
        for (Word w = words[slot]; w != null; w = words[slot]) {
            if (hashes[slot] == h) {
                String s = w.text();
                if (s.length() == length && text.regionMatches(from, s, 0, length)) {
                    return w;
                }
            }
            slot = (slot + 1) & mask;
        }
        Word word = new Word(text.substring(from, to));
        words[slot] = word;
        hashes[slot] = h;
        if (++size * 2 > words.length) {
            grow();
        }
        return word;
    }

    private void grow() {
        Word[] oldWords = words;
        int[] oldHashes = hashes;
        words = new Word[2 * oldWords.length];
        hashes = new int[words.length];
        shift--;
        int mask = words.length - 1;
        for (int k = 0; k < oldWords.length; k++) {
            if (oldWords[k] != null) {
                int slot = (oldHashes[k] * 0x9E3779B9) >>> shift;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[k];
                hashes[slot] = oldHashes[k];
            }
        }
    }
}
