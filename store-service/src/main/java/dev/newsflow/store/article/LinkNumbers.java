package dev.newsflow.store.article;

/**
 * The links' key since V10: {@code link_no = article_no * 2^20 + the link's place among its article's links}, so an
 * article's links are one range of the primary key and the table needs no second key index (on H2 a single BIGINT
 * primary key is the row store's own key). A record holds far fewer than 2^20 entities: Kafka refuses records of
 * more than a few megabytes, and an entity takes dozens of bytes of JSON. Article numbers below 2^43 fit.
 */
public final class LinkNumbers {

    /** links per article that the key has room for */
    static final int PER_ARTICLE = 1 << 20;

    private LinkNumbers() {
    }

    /** The key of an article's link at {@code place} (0 for its first). */
    static long of(long articleNo, int place) {
        if (place < 0 || place >= PER_ARTICLE) {
            throw new IllegalArgumentException("an article has room for " + PER_ARTICLE + " links, not " + (place + 1));
        }
        return articleNo * PER_ARTICLE + place;
    }

    /**
     * SQL condition: {@code linkNo} (a link_no column) is one of the links of the article numbered {@code articleNo}
     * (a column or a parameter); written as a range so that both databases read it from the primary key.
     */
    public static String ofArticle(String linkNo, String articleNo) {
        return linkNo + " BETWEEN " + articleNo + " * " + PER_ARTICLE + " AND " + articleNo + " * " + PER_ARTICLE
                + " + " + (PER_ARTICLE - 1);
    }
}
