package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.nlp.text.WebDomains;

import java.util.List;
import java.util.Set;

/**
 * A website named by its domain ("Sina.com", "news site gamesindustry.biz", "the amazon.co.uk website") is an
 * organisation under the guidelines. The tagger learnt from text with few such words and passes over them, lower-case
 * ones above all, or takes the part before the dot for a name of its own ("Spiegel"). An address is not a name: a
 * domain after "www." or an e-mail's "@", before a path, or beside the word "address".
 */
final class WebsiteNames {

    private static final Set<String> ADDRESS_WORDS = Set.of("address", "addresses", "URL", "url", "URLs");
    /** How many words before a domain an address word makes it an address ("the web address of the site is ..."). */
    private static final int ADDRESS_REACH = 8;

    /** Adds the websites of sentence {@code tokens} as organisations, in place of the tagger's pieces of them. */
    void add(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        for (int j = 0; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.text().indexOf('.') < 0 || !WebDomains.isWebsite(token.text()) || isAddress(text, tokens, j)) {
                continue;
            }
            int start = token.start();
            int end = token.end();
            int at = Mention.firstEndingAfter(mentions, from, start);
            boolean named = false;
            while (at < mentions.size() && mentions.get(at).start() < end) {
                Mention m = mentions.get(at);
                if (m.start() >= start && m.end() <= end && (m.start() > start || m.end() < end)) {
                    mentions.remove(at); // "Spiegel" of "Spiegel.com"
                    continue;
                }
                if (m.start() == start && m.end() == end && m.type() != EntityType.ORGANIZATION) {
                    mentions.set(at, m.withType(EntityType.ORGANIZATION, Mention.Evidence.CUE));
                }
                named = true; // the site itself, or a longer name that holds it
                at++;
            }
            if (!named) {
                unconfirmed.removeIf(m -> m.start() < end && start < m.end());
                mentions.add(at, new Mention(token.text(), start, end, sentence, 1, EntityType.ORGANIZATION,
                        Mention.Evidence.CUE, null, null, null, false));
            }
        }
    }

    private static boolean isAddress(String text, List<Token> tokens, int j) {
        Token token = tokens.get(j);
        char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
        char after = token.end() < text.length() ? text.charAt(token.end()) : ' ';
        if (before == '.' || before == '/' || before == '@' || after == '/' || after == '@'
                || (after == '.' && token.end() + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(token.end() + 1)))) {
            return true; // "www.dec.org", "dec.org.uk", "bbc.co.uk/news", "press@acme.com"
        }
        if (j + 1 < tokens.size() && ADDRESS_WORDS.contains(tokens.get(j + 1).text())) {
            return true;
        }
        for (int k = Math.max(0, j - ADDRESS_REACH); k < j; k++) {
            if (ADDRESS_WORDS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }
}
