package dev.newsflow.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The document-level check of the rule mentions the tagger passed over in their own sentence: one is kept when the
 * lists know it (a listed place or organisation), a cue word types it ("water firm ...", "the city of ...") or a title
 * stands before it ("Former PM ..."), or when the tagger took the same name for a name elsewhere in the
 * article, in full or as the surname of a person ("Okonjo left early" after "Margaret Okonjo opened ..."): a name
 * is a name in every sentence that holds it.
 */
final class DocumentMentions {

    private DocumentMentions() {
    }

    /** Adds the confirmed {@code unconfirmed} mentions to {@code mentions}, keeping text order. */
    static void confirm(List<Mention> mentions, List<Mention> unconfirmed) {
        if (unconfirmed.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (Mention m : mentions) {
            String lower = m.text().toLowerCase(Locale.ROOT);
            names.add(lower);
            int space = lower.lastIndexOf(' ');
            if (space > 0 && m.type() == dev.newsflow.events.EntityType.PERSON) {
                names.add(lower.substring(space + 1));
            }
        }
        boolean added = false;
        for (Mention m : unconfirmed) {
            if (m.evidence().compareTo(Mention.Evidence.TITLE) >= 0 || names.contains(m.text().toLowerCase(Locale.ROOT))) {
                mentions.add(m);
                added = true;
            }
        }
        if (added) {
            mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        }
    }
}
