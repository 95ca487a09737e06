package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.nlp.text.WebDomains;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A website named by its domain ("Sina.com", "news site gamesindustry.biz", "the amazon.co.uk website") is an
 * organisation under the guidelines. The tagger learnt from text with few such words and passes over them, lower-case
 * ones above all, or takes the part before the dot for a name of its own ("Spiegel"). Not every such word names a
 * site: an address (after "www." or an e-mail's "@", before a path, near "address", "URL" or "visit"), a file ("the
 * file setup.com"), the era's common noun ("the dot.com boom") and a product's name ("ASP.net") are no one's name.
 */
final class WebsiteNames {

    private static final Set<String> ADDRESS_WORDS = Set.of("address", "addresses", "url", "urls");
    /** How many words before a domain an address word makes it an address ("the web address of the site is ..."). */
    private static final int ADDRESS_REACH = 8;
    private static final Set<String> VISIT_WORDS = Set.of("visit", "visiting");
    private static final Set<String> FILE_WORDS = Set.of("file", "files", "attachment", "attachments", "program",
            "programs", "programme", "programmes", "executable");
    private static final int FILE_REACH = 3;

    /** Adds the websites of sentence {@code tokens} as organisations, in place of the tagger's pieces of them. */
    void add(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        if (tokens.isEmpty()) {
            return;
        }
        int limit = tokens.getLast().end();
        int j = 0;
        // a dot with a letter after it inside the sentence: most sentences have none but their last full stop
        for (int dot = text.indexOf('.', tokens.getFirst().start()); dot >= 0 && dot < limit;
                dot = text.indexOf('.', dot + 1)) {
            if (dot + 1 >= text.length() || !Character.isLetter(text.charAt(dot + 1))) {
                continue;
            }
            j = Mention.firstTokenAt(tokens, j, dot + 1) - 1; // the token holding the dot
            if (j < 0 || tokens.get(j).end() <= dot) {
                j = Math.max(j, 0);
                continue;
            }
            Token token = tokens.get(j);
            if (!WebDomains.isWebsite(token.text()) || !namesASite(text, tokens, j)
                    || isHeldBy(unconfirmed, token)) {
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
                named = true; // the site itself, or a longer name that holds it ("Shelfclick.com Ltd")
                at++;
            }
            if (!named) {
                unconfirmed.removeIf(m -> m.start() < end && start < m.end());
                mentions.add(at, new Mention(token.text(), start, end, sentence, 1, EntityType.ORGANIZATION,
                        Mention.Evidence.CUE, null, null, null, false));
            }
        }
    }

    /** A rule mention waiting for the article holds more than the site ("Shelfclick.com Ltd"): it decides. */
    private static boolean isHeldBy(List<Mention> mentions, Token token) {
        for (Mention m : mentions) {
            if (m.start() <= token.start() && m.end() >= token.end() && m.end() - m.start() > token.text().length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesASite(String text, List<Token> tokens, int j) {
        String word = tokens.get(j).text();
        String name = word.substring(0, word.indexOf('.')).toLowerCase(Locale.ROOT);
        if (name.equals("dot") || name.endsWith("-dot")) {
            return false; // "the dot.com boom", "the post-dot.com slump"
        }
        if (word.endsWith(".net") && name.length() <= 4 && NameShapes.isAllCaps(word.substring(0, name.length()))) {
            return false; // "ASP.net", "VB.net": programming products
        }
        return !isAddress(text, tokens, j) && !follows(tokens, j, FILE_WORDS, FILE_REACH);
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
        return (j + 1 < tokens.size() && ADDRESS_WORDS.contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT)))
                || follows(tokens, j, ADDRESS_WORDS, ADDRESS_REACH) || follows(tokens, j, VISIT_WORDS, 1);
    }

    /** One of {@code words}, in any case, is among the {@code reach} tokens before token {@code j}. */
    private static boolean follows(List<Token> tokens, int j, Set<String> words, int reach) {
        for (int k = Math.max(0, j - reach); k < j; k++) {
            if (words.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
