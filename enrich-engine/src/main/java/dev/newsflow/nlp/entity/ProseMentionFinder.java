package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Finds names in an ordinary (sentence-case) sentence: chunks of capitalised words ({@link NameChunker}),
 * less the titles of works ({@link WorkCues}), ticker symbols and storm names, each cut into names by the
 * {@link ChunkWalker}. An acronym in parentheses right after a name is recorded as its alias.
 */
final class ProseMentionFinder {

    private static final int MAX_BRACKETED = 12;

    private final EntityLexicon lexicon;
    private final KnownNames names;
    private final NameChunker chunker;
    private final WorkCues works;
    private final ChunkWalker walker;

    ProseMentionFinder(EntityLexicon lexicon, KnownNames names, SpanClassifier classifier) {
        this.lexicon = lexicon;
        this.names = names;
        this.chunker = new NameChunker(lexicon, names);
        this.works = new WorkCues(lexicon);
        this.walker = new ChunkWalker(lexicon, names, classifier);
    }

    /**
     * @param nonNames receives, lower-case and without a leading "the", names found to be works or events
     *                 ("the film ...", "Hurricane ..."), so that their other mentions are dropped too
     */
    void find(String text, List<Token> tokens, int sentence, List<Mention> out, Set<String> nonNames) {
        int n = tokens.size();
        int i = 0;
        int workEnd = -1;
        while (i < n) {
            if (!NameShapes.isCapitalised(tokens.get(i))) {
                i = tokens.get(i).text().equals("<") ? bracketEnd(text, tokens, i, sentence, out) : i + 1;
                continue;
            }
            int end = chunker.chunkEnd(text, tokens, i);
            boolean listedWork = workEnd >= 0 && i == workEnd + 1 && WorkCues.isListJoin(tokens.get(workEnd).text());
            if ((listedWork || works.namesWork(tokens, i, end)) && names.knownLength(text, tokens, i, end) < end - i) {
                nonNames.add(WorkCues.withoutArticle(KnownNames.span(text, tokens, i, end)));
                workEnd = end;
                i = end;
                continue;
            }
            if (end - i >= 2 && lexicon.nonEntityPrefixes.contains(tokens.get(i).text())) {
                nonNames.add(WorkCues.withoutArticle(KnownNames.span(text, tokens, i + 1, end))); // "Hurricane Mitch"
            }
            boolean initial = i == 0 || NameShapes.opensClause(tokens.get(i - 1));
            boolean cue = i > 0 && lexicon.lowerCaseTitles.contains(tokens.get(i - 1).text());
            int before = out.size();
            walker.walk(text, tokens, i, end, initial, cue, sentence, out);
            if (out.size() > before && introducesAcronym(tokens, end)) {
                Mention named = abbreviated(out, before);
                Token acronym = tokens.get(end + 1);
                out.add(new Mention(acronym.text(), acronym.start(), acronym.end(), sentence, 1, named.type(),
                        named.evidence(), named.place(), named.organization(), named.text(), false));
                end += 3;
            }
            i = end;
        }
    }

    /**
     * Reuters puts angle brackets around ticker symbols ("<T.N>"), which are not mentions, and around the
     * names of companies that have none ("<Italtel>", "<Morgan Guaranty Trust Co of New York>"), which are
     * whole organisation names even when they hold a place or a comma.
     */
    private int bracketEnd(String text, List<Token> tokens, int open, int sentence, List<Mention> out) {
        int close = open + 1;
        while (close < tokens.size() && close <= open + MAX_BRACKETED && !tokens.get(close).text().equals(">")) {
            close++;
        }
        if (close >= tokens.size() || !tokens.get(close).text().equals(">")) {
            return open + 1;
        }
        if (close > open + 1 && NameShapes.isCapitalised(tokens.get(open + 1)) && !isTicker(text, tokens, open, close)) {
            String name = KnownNames.span(text, tokens, open + 1, close);
            out.add(new Mention(name, tokens.get(open + 1).start(), tokens.get(close - 1).end(), sentence, close - open - 1,
                    EntityType.ORGANIZATION, Mention.Evidence.CUE, null, lexicon.organizations.get(name), null, false));
        }
        return close + 1;
    }

    /** "T.N", "ERIC.ST", "IBM": one run of capitals, digits and dots. */
    private static boolean isTicker(String text, List<Token> tokens, int open, int close) {
        for (int i = tokens.get(open + 1).start(); i < tokens.get(close - 1).end(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c) || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Of the mentions the chunk gave, the one the parenthesis follows: the last to end, the longest if two do. Not
     * simply the last added: "U.S. Department of Energy (DOE)" gives the body, then the country at its start.
     */
    private static Mention abbreviated(List<Mention> out, int from) {
        Mention named = out.get(from);
        for (Mention m : out.subList(from + 1, out.size())) {
            if (m.end() > named.end() || m.end() == named.end() && m.start() < named.start()) {
                named = m;
            }
        }
        return named;
    }

    private static boolean introducesAcronym(List<Token> tokens, int end) {
        return end + 2 < tokens.size() && tokens.get(end).text().equals("(") && tokens.get(end + 2).text().equals(")")
                && NameShapes.isAcronym(tokens.get(end + 1).text());
    }
}
