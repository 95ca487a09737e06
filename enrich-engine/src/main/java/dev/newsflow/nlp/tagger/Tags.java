package dev.newsflow.nlp.tagger;

import dev.newsflow.events.EntityType;

/**
 * The tagger's labels: BIO over the three entity types, as the CoNLL training files write them. Label 0 is O;
 * {@code 1 + 2t} opens an entity of type t and {@code 2 + 2t} continues it.
 */
public final class Tags {

    public static final int COUNT = 7;
    public static final int O = 0;
    private static final String[] NAMES = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION};

    private Tags() {
    }

    /** The label of a CoNLL tag; anything outside PER/ORG/LOC (MISC, O) is O. */
    public static int of(String tag) {
        for (int i = 1; i < COUNT; i++) {
            if (NAMES[i].equals(tag)) {
                return i;
            }
        }
        return O;
    }

    public static String name(int label) {
        return NAMES[label];
    }

    public static boolean begins(int label) {
        return label != O && label % 2 == 1;
    }

    public static boolean continues(int label) {
        return label != O && label % 2 == 0;
    }

    /** 0, 1, 2 for PER, ORG, LOC; -1 for O. */
    public static int typeIndex(int label) {
        return label == O ? -1 : (label - 1) / 2;
    }

    public static EntityType type(int label) {
        return TYPES[typeIndex(label)];
    }

    public static int inside(int typeIndex) {
        return 2 + 2 * typeIndex;
    }
}
