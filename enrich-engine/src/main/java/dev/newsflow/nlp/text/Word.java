package dev.newsflow.nlp.text;

/**
 * One spelling of an article, shared by all its tokens (the tokenizer hands out one per distinct spelling), with room
 * for what the engine's tables answer about it. Half the tokens of a news article repeat a spelling already seen in
 * it, and every reader (the name lists, the sentiment lexicon, the stop words, the tagger's word features) looked each
 * token up in its own table of thousands to hundreds of thousands of words; now each looks a spelling up once per
 * article and reads the answer here after that. Each answer remembers the table that gave it, so tokens read by two
 * engines' tables never mix their answers. Confined to the thread analysing the article.
 */
public final class Word {

    /** What a recall answers when the table asking has not stored anything for this word. */
    public static final int UNSEEN = Integer.MIN_VALUE;

    private final String text;
    private Object listedBy;
    private int listedFlags;
    private int listedPath;
    private Object sentimentBy;
    private int sentiment;
    private Object keywordBy;
    private int keywordId;
    private Object clusterBy;
    private int cluster;
    private Object taggerFlagsBy;
    private int taggerFlags;
    /** The tagger's hashes of the lower-case word and of its shape: functions of the spelling alone. */
    private int lowerHash;
    private int shapeHash;
    private boolean hashed;

    public Word(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The name lists' flags stored by {@code table}, or {@link #UNSEEN}. */
    public int listedFlags(Object table) {
        return listedBy == table ? listedFlags : UNSEEN;
    }

    /** The cluster path stored beside the flags ({@link #listedFlags} is not {@link #UNSEEN}). */
    public int listedPath() {
        return listedPath;
    }

    public void rememberListed(Object table, int flags, int path) {
        listedBy = table;
        listedFlags = flags;
        listedPath = path;
    }

    /** What the sentiment lexicon stored for this word by {@code lexicon}, or {@link #UNSEEN}. */
    public int sentiment(Object lexicon) {
        return sentimentBy == lexicon ? sentiment : UNSEEN;
    }

    public int rememberSentiment(Object lexicon, int entry) {
        sentimentBy = lexicon;
        sentiment = entry;
        return entry;
    }

    /** The keyword counter's id stored by {@code counts}, or {@link #UNSEEN}. */
    public int keywordId(Object counts) {
        return keywordBy == counts ? keywordId : UNSEEN;
    }

    public int rememberKeyword(Object counts, int id) {
        keywordBy = counts;
        keywordId = id;
        return id;
    }

    /** The tagger's cluster path stored by {@code clusters}, or {@link #UNSEEN}. */
    public int cluster(Object clusters) {
        return clusterBy == clusters ? cluster : UNSEEN;
    }

    public int rememberCluster(Object clusters, int path) {
        clusterBy = clusters;
        cluster = path;
        return path;
    }

    /** The tagger's list flags stored by {@code lists}, or {@link #UNSEEN}. */
    public int taggerFlags(Object lists) {
        return taggerFlagsBy == lists ? taggerFlags : UNSEEN;
    }

    public int rememberTaggerFlags(Object lists, int flags) {
        taggerFlagsBy = lists;
        taggerFlags = flags;
        return flags;
    }

    /** Whether {@link #rememberHashes} was called. */
    public boolean hashed() {
        return hashed;
    }

    public int lowerHash() {
        return lowerHash;
    }

    public int shapeHash() {
        return shapeHash;
    }

    /** Stores the tagger's hashes of this spelling, which depend on nothing else. */
    public void rememberHashes(int lower, int shape) {
        lowerHash = lower;
        shapeHash = shape;
        hashed = true;
    }
}
