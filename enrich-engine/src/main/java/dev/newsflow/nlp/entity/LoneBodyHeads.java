package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.Set;

/**
 * The tagger passes over a public body's name that opens a sentence ("Finance Ministry said ..."), its training text
 * rarely opening one so, and sometimes keeps the head alone for a person ("Ministry"). No one is named so: such a
 * person goes. (Reading the whole run as the body was tried and undone: a sentence's first word is as often no part of
 * the name, "Under Council rules", "Two Ministry officials", "U.S. Justice Department lawyers".)
 */
final class LoneBodyHeads {

    /** Heads of a public body's name, none of them anyone's surname. */
    private static final Set<String> HEADS = Set.of("Ministry", "Department", "Agency", "Commission", "Authority",
            "Bureau", "Committee", "Council");

    private LoneBodyHeads() {
    }

    /** Drops the persons among {@code mentions[from..]} named by a body's head word alone. */
    static void drop(List<Mention> mentions, int from) {
        for (int i = mentions.size() - 1; i >= from; i--) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.PERSON && m.words() == 1 && HEADS.contains(m.text())) {
                mentions.remove(i);
            }
        }
    }
}
