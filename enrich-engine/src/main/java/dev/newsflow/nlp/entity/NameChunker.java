package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds where a run of capitalised words ends, joining them across name particles ("Bank of England",
 * "Rodrigo de Rato") and across "and"/"for" only inside one organisation's name ("Department for
 * Transport", "Ministry of Trade and Industry"), so that "Britain and France" stay two names.
 */
final class NameChunker {

    /** Heads of names that list two fields after "of": "Department of Trade and Industry". */
    private static final Set<String> GOVERNMENT_PREFIXES = Set.of(
            "Ministry", "Department", "Institute", "Academy", "Federation", "Association", "Society", "University",
            "College", "Commission", "Committee", "Council", "Board", "Office", "Bureau", "Agency");

    private final EntityLexicon lexicon;
    private final KnownNames names;

    NameChunker(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The end (exclusive) of the name chunk that starts with the capitalised token {@code start}. */
    int chunkEnd(String text, List<Token> tokens, int start) {
        int n = tokens.size();
        int j = start + 1;
        while (j < n) {
            Token t = tokens.get(j);
            if (NameShapes.isCapitalised(t)) {
                j++;
            } else if (j + 1 < n && NameShapes.isParticle(t) && NameShapes.isCapitalised(tokens.get(j + 1))) {
                j += 2;
            } else if (j + 2 < n && t.text().equals("of") && tokens.get(j + 1).text().equals("the")
                    && NameShapes.isCapitalised(tokens.get(j + 2))) {
                j += 3;
            } else if (j + 1 < n && (t.text().equals("and") || t.text().equals("for"))
                    && NameShapes.isCapitalised(tokens.get(j + 1)) && joinsName(text, tokens, start, j)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** "and"/"for" belong to a name only in known names or organisation names ("Department for Transport"). */
    private boolean joinsName(String text, List<Token> tokens, int start, int connector) {
        if (tokens.get(connector).text().equals("for")) {
            return lexicon.orgPrefixes.contains(tokens.get(connector - 1).text());
        }
        int end = connector + 2;
        while (end < tokens.size() && NameShapes.isCapitalised(tokens.get(end))) {
            end++;
        }
        return names.knownLength(text, tokens, start, end) == end - start
                || isOrganizationWithAnd(text, tokens, start, connector, end);
    }

    /**
     * "World Travel and Tourism Council" and "Ministry of Trade and Industry" are one name: an organisation cue
     * word closes it, or it opens with one and "of"; "Britain and France" stay two names.
     */
    private boolean isOrganizationWithAnd(String text, List<Token> tokens, int start, int connector, int end) {
        boolean of = false;
        for (int i = start; i < connector; i++) {
            Token t = tokens.get(i);
            if (NameShapes.isCapitalised(t) && (names.knownLength(text, tokens, i, i + 1) > 0
                    || (i > start && lexicon.orgSuffixes.contains(t.text())))) {
                return false; // "Finance Ministry and ...", "Acme Corp and ...": two organisations
            }
            of |= t.text().equals("of");
        }
        if (lexicon.orgSuffixes.contains(tokens.get(end - 1).text())) {
            return !of && end - connector >= 2 && !lexicon.firstNames.contains(tokens.get(start).text());
        }
        return of && end - connector == 2 && GOVERNMENT_PREFIXES.contains(tokens.get(start).text());
    }
}
