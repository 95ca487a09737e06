package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.nlp.tagger.Tags;
import dev.newsflow.nlp.tagger.TokenFeatures;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistical step of entity recognition: the trained tagger reads a sentence, with the rule finder's mentions
 * among its features, and its spans become the sentence's mentions. A span the rules delimited the same way keeps
 * the rules' type and what the lists know about it (the place, the organisation, the name an acronym stands for):
 * on dev+dev2 that typing beats the tagger's own for exactly those spans, where a list, a title or a cue word speaks
 * (typed F1 0.806 against 0.798); every other span takes the tagger's type. Thread-safe.
 */
final class EntityTagger {

    private final TaggerModel model;
    private final TaggerFeatures features;
    private final KnownNames names;
    private final CompanyAndNames companyAndNames;
    private final RoyalStyles royalStyles;
    private final GluedAbbreviations gluedAbbreviations;
    private final SpanCleaner cleaner;

    EntityTagger(TaggerModel model, EntityLexicon lexicon, KnownNames names, ListFlags lists, WordClusters clusters) {
        this.model = model;
        this.companyAndNames = new CompanyAndNames(lexicon);
        this.royalStyles = new RoyalStyles(lexicon, names);
        this.gluedAbbreviations = new GluedAbbreviations(lexicon, names);
        this.cleaner = new SpanCleaner(lexicon, names);
        this.features = new TaggerFeatures(lists, clusters, model.mask());
        this.names = names;
    }

    /**
     * The labels of {@code tokens}, given the rule finder's mentions of that sentence (in text order). A spaced
     * separator ends a name ({@link NameShapes#isSpacedSeparator}): the tagger, which never saw one inside a name in
     * training, may not carry a name over it, so the part after it is typed on its own ("Tidewell | Coast Courier"
     * read as one place made the paper a place too) rather than given the joined span's type. No name opens in a
     * shouted run ({@link SentenceShape#shoutedRuns}), a caption's capitals.
     *
     * @param text the text the tokens are spans of, or null for CoNLL tokens re-joined by spaces, which are read as
     *             in training ({@link TaggerWorkbench#train} applies neither rule): their spaces say nothing ("Udvar -
     *             Hazy Center", a hyphen the data's tokenizer split off), and {@code evaluate --ner} scores the
     *             tagger as trained, on data whose gold names the words of its all-caps lines too
     */
    int[] labels(String text, List<Token> tokens, List<Mention> ruleMentions) {
        TaggerSentence sentence = features.sentence(tokens, ruleMentions);
        boolean[] shouted = text == null ? null : SentenceShape.shoutedRuns(tokens);
        return model.tag(new TokenFeatures() {
            @Override
            public int size() {
                return tokens.size();
            }

            @Override
            public boolean canStart(int i) {
                return NameOpeners.mayOpen(tokens.get(i)) && (shouted == null || !shouted[i]);
            }

            @Override
            public boolean mayContinue(int i) {
                return text == null || !NameShapes.isSpacedSeparator(text, tokens.get(i));
            }

            @Override
            public int features(int i, int[] out) {
                return features.features(sentence, i, out);
            }
        });
    }

    /**
     * Replaces the mentions {@code out[from..]}, the rules' for this sentence, by the tagger's; a rule mention the
     * tagger found nothing over goes to {@code unconfirmed}, for {@link DocumentMentions} to judge against the whole
     * article.
     */
    void retag(String text, List<Token> tokens, int sentence, List<Mention> out, int from, List<Mention> unconfirmed) {
        List<Mention> rules = from == out.size() ? List.of() : new ArrayList<>(out.subList(from, out.size()));
        int[] labels = labels(text, tokens, rules);
        out.subList(from, out.size()).clear();
        int i = 0;
        while (i < labels.length) {
            if (!Tags.begins(labels[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < labels.length && labels[end] == labels[i] + 1) {
                end++;
            }
            EntityType type = Tags.type(labels[i]);
            int founder = companyAndNames.before(text, tokens, labels, i, end, names);
            if (founder < i) {
                i = founder;
                type = EntityType.ORGANIZATION;
            }
            int company = names.placeAt(text, tokens, i, end) != null ? end : companyAndNames.after(tokens, end);
            if (company > end) {
                end = company;
                type = EntityType.ORGANIZATION;
            }
            int start = type == EntityType.PERSON ? royalStyles.start(tokens, i) : i;
            int of = type == EntityType.PERSON ? royalStyles.placeOf(text, tokens, start, end) : -1;
            int glued = type == EntityType.PERSON ? end : gluedAbbreviations.end(text, tokens, start, end);
            if (of > 0) {
                add(text, tokens, start, of, sentence, type, rules, out);
                add(text, tokens, of + 1, end, sentence, EntityType.LOCATION, rules, out);
            } else if (glued < end) {
                String abbreviation = tokens.get(start).text();
                add(text, tokens, start, glued, sentence,
                        names.place(abbreviation) != null ? EntityType.LOCATION : EntityType.ORGANIZATION, rules, out);
                if (names.isKnown(KnownNames.span(text, tokens, glued, end))) {
                    add(text, tokens, glued, end, sentence, type, rules, out);
                }
            } else {
                add(text, tokens, start, end, sentence, type, rules, out);
            }
            i = end;
        }
        int tagged = out.size();
        for (Mention rule : rules) {
            if (!overlapsAny(rule, out, from, tagged)) {
                unconfirmed.add(rule);
            }
        }
    }

    private void add(String text, List<Token> tokens, int a, int b, int sentence, EntityType type, List<Mention> rules,
            List<Mention> out) {
        cleaner.split(text, tokens, a, b, type == EntityType.PERSON,
                (from, to) -> out.add(mention(text, tokens, from, to, sentence, type, rules)));
    }

    private static boolean overlapsAny(Mention rule, List<Mention> out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out.get(k).start() < rule.end() && rule.start() < out.get(k).end()) {
                return true;
            }
        }
        return false;
    }

    private Mention mention(String text, List<Token> tokens, int a, int b, int sentence, EntityType type,
            List<Mention> rules) {
        int start = tokens.get(a).start();
        int end = tokens.get(b - 1).end();
        for (Mention rule : rules) {
            if (rule.start() == start && rule.end() == end) {
                if (rule.type() != null) {
                    return rule;
                }
                return new Mention(rule.text(), start, end, sentence, rule.words(), type, Mention.Evidence.GUESS,
                        type == EntityType.LOCATION ? rule.place() : null,
                        type == EntityType.ORGANIZATION ? rule.organization() : null, rule.abbreviates(), false);
            }
        }
        String name = text.substring(start, end);
        Place place = type == EntityType.LOCATION ? names.place(name) : null;
        String organization = type == EntityType.ORGANIZATION ? names.organization(name, null) : null;
        Mention.Evidence evidence = place != null || organization != null ? Mention.Evidence.KNOWN : Mention.Evidence.NAME;
        return new Mention(name, start, end, sentence, b - a, type, evidence, place, organization, null, false);
    }
}
