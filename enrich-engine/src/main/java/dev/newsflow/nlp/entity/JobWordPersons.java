package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's job written before the name and capitalised, at a sentence's start or as a label ("DJ Mike Read",
 * "Rapper Eminem", "Newcomer Ciara"), is no part of the name under the guidelines, which strip titles; the tagger
 * keeps it, as its training text has few such jobs. A person mention of two words or more loses a first word that is
 * a band's role of the lists ("Guitarist") or a performer's job, and one of three words or more a first "DJ" or "MC".
 * (Offices, "President Bush", are the title rules' part.)
 */
final class JobWordPersons {

    /** Performers' jobs the title lists do not hold (they name no office), opening names in entertainment news. */
    private static final Set<String> PERFORMERS = Set.of("rapper", "singer", "actor", "actress", "comedian",
            "presenter", "newcomer", "songwriter", "producer", "model");
    /**
     * Jobs written as initials: before a full name only ("DJ Mike Read"), as "DJ Qualls", "MC Escher" are a person's
     * initials and "DJ Spoony" a stage name.
     */
    private static final Set<String> INITIALS = Set.of("DJ", "MC");

    private final EntityLexicon lexicon;

    JobWordPersons(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Cuts the job word off the person mentions of {@code mentions[from..]}. */
    void cut(String text, List<Mention> mentions, int from) {
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON || m.words() < 2) {
                continue;
            }
            int space = 0;
            while (space < m.text().length() && !Character.isWhitespace(m.text().charAt(space))) {
                space++; // a name's words may be apart by any white space, or by none ("O'Neill-Ross" is two)
            }
            if (space == 0 || space == m.text().length()) {
                continue;
            }
            String word = m.text().substring(0, space);
            String first = word.toLowerCase(Locale.ROOT);
            if (PERFORMERS.contains(first) || lexicon.bandRoles.contains(first)
                    || (INITIALS.contains(word) && m.words() >= 3)) {
                int start = m.start() + space;
                while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                mentions.set(i, m.widened(text, start, m.end(), m.words() - 1));
            }
        }
    }
}
