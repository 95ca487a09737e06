package dev.newsflow.enrich.nlp.entity;

import dev.newsflow.enrich.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds names in an ordinary (sentence-case) sentence: runs of capitalised words joined by name
 * particles ("Bank of England", "Rodrigo de Rato"), cut into parts at titles ("UK | Prime Minister |
 * Keir Starmer"), with demonyms and sentence-initial common words dropped, each part classified by
 * {@link SpanClassifier}.
 */
final class ProseMentionFinder {

    /** Heads of names that list two fields after "of": "Department of Trade and Industry". */
    private static final Set<String> GOVERNMENT_PREFIXES = Set.of(
            "Ministry", "Department", "Institute", "Academy", "Federation", "Association", "Society", "University",
            "College", "Commission", "Committee", "Council", "Board", "Office", "Bureau", "Agency");

    private final EntityLexicon lexicon;
    private final SpanClassifier classifier;

    ProseMentionFinder(EntityLexicon lexicon, SpanClassifier classifier) {
        this.lexicon = lexicon;
        this.classifier = classifier;
    }

    void find(String text, List<Token> tokens, int sentence, List<Mention> out) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!NameShapes.isCapitalised(tokens.get(i))) {
                i = tokens.get(i).text().equals("<") ? tickerEnd(tokens, i) : i + 1;
                continue;
            }
            int end = chunkEnd(text, tokens, i);
            boolean initial = i == 0 || NameShapes.opensClause(tokens.get(i - 1));
            boolean cue = i > 0 && lexicon.lowerCaseTitles.contains(tokens.get(i - 1).text());
            int before = out.size();
            walk(text, tokens, i, end, initial, cue, sentence, out);
            if (out.size() > before && introducesAcronym(tokens, end)) {
                Mention named = out.get(out.size() - 1);
                Token acronym = tokens.get(end + 1);
                out.add(new Mention(acronym.text(), acronym.start(), acronym.end(), sentence, 1, named.type(),
                        named.evidence(), named.place(), named.organization(), named.text(), false));
                end += 3;
            }
            i = end;
        }
    }

    /** Reuters ticker symbols ("<T.N>") are not mentions. */
    private static int tickerEnd(List<Token> tokens, int open) {
        for (int i = open + 1; i < tokens.size() && i < open + 6; i++) {
            if (tokens.get(i).text().equals(">")) {
                return i + 1;
            }
        }
        return open + 1;
    }

    private static boolean introducesAcronym(List<Token> tokens, int end) {
        return end + 2 < tokens.size() && tokens.get(end).text().equals("(") && tokens.get(end + 2).text().equals(")")
                && NameShapes.isAcronym(tokens.get(end + 1).text());
    }

    private int chunkEnd(String text, List<Token> tokens, int start) {
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
        return classifier.knownLength(text, tokens, start, end) == end - start
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
            if (NameShapes.isCapitalised(t) && (classifier.knownLength(text, tokens, i, i + 1) > 0
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

    private void walk(String text, List<Token> tokens, int a, int b, boolean initial, boolean cue, int sentence,
            List<Mention> out) {
        if (initial && b - a >= 1 && droppableInitial(text, tokens, a, b)) {
            a++;
        }
        boolean personCue = cue;
        int p = a;
        while (p < b) {
            Token t = tokens.get(p);
            if (!NameShapes.isCapitalised(t)) {
                p++;
                continue;
            }
            int run = runEnd(text, tokens, p, b);
            int known = classifier.knownLength(text, tokens, p, b);
            if (run - p >= 2 && known < run - p && lexicon.orgSuffixes.contains(tokens.get(run - 1).text())
                    && classifier.titleLength(text, tokens, p, run) == 0) {
                classifier.classifyOrganization(text, tokens, p, run, sentence, out);
                p = run;
                personCue = false;
                continue;
            }
            if (known >= 2) {
                classifier.classify(text, tokens, p, p + known, false, sentence, out);
                p += known;
                personCue = false;
                continue;
            }
            if (lexicon.royalStyles.contains(t.text()) && p + 1 < b) {
                int stop = runEnd(text, tokens, p + 1, b);
                classifier.classify(text, tokens, p, stop, true, sentence, out);
                p = stop;
                personCue = false;
                continue;
            }
            int title = classifier.titleLength(text, tokens, p, b);
            if (title > 0 && (p + title < b || p == a)) {
                personCue = true;
                p += title;
                continue;
            }
            if (known == 1 && (p + 1 == b || startsTitle(text, tokens, p + 1, b)
                    || classifier.knownLength(text, tokens, p + 1, b) > 0 || demonymLength(tokens, p + 1, b) > 0
                    || isPlainWord(tokens.get(p + 1).text()))) {
                classifier.classify(text, tokens, p, p + 1, false, sentence, out);
                p++;
                personCue = false;
                continue;
            }
            int stop = runEnd(text, tokens, p, b);
            int demonym = demonymLength(tokens, p, stop);
            if (demonym > 0 && !lexicon.orgSuffixes.contains(tokens.get(stop - 1).text())) {
                p += demonym;
                continue;
            }
            classifier.classify(text, tokens, p, stop, personCue, sentence, out);
            personCue = false;
            p = stop;
        }
    }

    private boolean droppableInitial(String text, List<Token> tokens, int a, int b) {
        String word = tokens.get(a).text();
        if (word.equals("The") || word.equals("A") || word.equals("An")) {
            return classifier.knownLength(text, tokens, a, b) == 0;
        }
        if (classifier.knownLength(text, tokens, a, b) > 0 || classifier.titleLength(text, tokens, a, b) > 0
                || lexicon.royalStyles.contains(word)) {
            return false;
        }
        if (lexicon.firstNames.contains(word) && b - a >= 2) {
            return false;
        }
        return lexicon.isCommonWord(word) || lexicon.nonEntities.contains(word);
    }

    /** A capitalised common word after a known name starts something else ("U.S. Tariffs", "UK Delegates"). */
    private boolean isPlainWord(String word) {
        return lexicon.isCommonWord(word) && !lexicon.firstNames.contains(word)
                && !lexicon.orgSuffixes.contains(word) && !lexicon.locSuffixes.contains(word);
    }

    private boolean startsTitle(String text, List<Token> tokens, int p, int b) {
        return p < b && classifier.titleLength(text, tokens, p, b) > 0;
    }

    /** End of a name run: before a title that precedes a name, or before a multi-word known name. */
    private int runEnd(String text, List<Token> tokens, int p, int b) {
        int q = p + 1;
        while (q < b) {
            int title = classifier.titleLength(text, tokens, q, b);
            if ((title > 0 && q + title < b) || classifier.knownLength(text, tokens, q, b) >= 2) {
                break;
            }
            q++;
        }
        return q;
    }

    private int demonymLength(List<Token> tokens, int p, int b) {
        if (p >= b) {
            return 0;
        }
        if (p + 1 < b && lexicon.demonyms.contains(tokens.get(p).text() + " " + tokens.get(p + 1).text())) {
            return 2;
        }
        return lexicon.demonyms.contains(tokens.get(p).text()) ? 1 : 0;
    }
}
