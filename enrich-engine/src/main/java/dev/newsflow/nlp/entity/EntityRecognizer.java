package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Sentence;
import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations and places of an article. Thread-safe; data loaded once by {@link #load()}.
 *
 * <p>A small averaged-perceptron tagger trained on open-licence text ({@link EntityTagger}), then hand-written rules
 * that mend the classes of mistakes it makes on news (titles, cue words, given names, line-ups, wire-copy forms) over
 * gazetteers and word lists: it must run in well under a millisecond per article with no model download, and those
 * classes follow regular patterns its training text has too few of.
 */
public final class EntityRecognizer {

    private final CompoundSplitter splitter;
    private final PartReader reader;
    private final HeadlineMentionFinder headlines;
    private final EntityResolver resolver;
    private final Set<String> sportWords;
    private final CompanyNames companies;
    private final ProductNames products;
    private final StateAbbreviations states;
    private final SpelledOutAcronyms acronyms;

    private EntityRecognizer(EntityLexicon lexicon, Gazetteer gazetteer, TaggerModel model, WordClusters clusters,
            ListedWords listed) {
        KnownNames names = new KnownNames(lexicon, gazetteer, listed);
        this.reader = new PartReader(lexicon, names, model, clusters);
        this.splitter = new CompoundSplitter(names);
        this.headlines = new HeadlineMentionFinder(lexicon, gazetteer);
        this.resolver = new EntityResolver(lexicon);
        this.sportWords = lexicon.sportWords;
        this.companies = new CompanyNames(lexicon);
        this.products = new ProductNames(lexicon, names);
        this.states = new StateAbbreviations(names);
        this.acronyms = new SpelledOutAcronyms(lexicon);
    }

    public static EntityRecognizer load() {
        return load(EntityData.load());
    }

    /** A recognizer on data already loaded, which it shares. */
    public static EntityRecognizer load(EntityData data) {
        return new EntityRecognizer(data.lexicon, data.gazetteer, data.model, data.clusters, data.listed);
    }

    /** Two sport words ("striker", "semi-final") make "Chelsea" or "Barcelona" the club rather than the place. */
    private boolean isAboutSport(List<Sentence> sentences) {
        int found = 0;
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                if (sportWords.contains(token.text()) && ++found >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The entities of {@code text}, most salient first; offsets and sentence indexes refer to the arguments. The
     * sentences are {@code text}'s as {@code TextSegmenter} gives them: each token's text is its span of {@code text},
     * which the rules read from either side.
     */
    public List<RecognizedEntity> recognize(String text, List<Sentence> sentences) {
        List<Mention> mentions = new ArrayList<>();
        Set<String> nonNames = new HashSet<>();
        List<Mention> unconfirmed = new ArrayList<>();
        List<PartReader.Part> later = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = new SentenceTokens(splitter.split(text, sentences.get(i).tokens()));
            for (PartReader.Part part : SeparatedParts.of(text, i, tokens, SentenceShape.of(tokens))) {
                reader.read(text, part, mentions, nonNames, unconfirmed, later);
            }
        }
        DocumentMentions.confirm(mentions, unconfirmed);
        if (!later.isEmpty()) {
            Map<String, Mention> forms = new HashMap<>();
            for (Mention m : mentions) {
                forms.putIfAbsent(m.text().toLowerCase(Locale.ROOT), m);
            }
            for (PartReader.Part part : later) {
                int before = mentions.size();
                headlines.find(text, part.tokens(), part.sentence(), part.shape() == SentenceShape.DATELINE, forms,
                        mentions);
                WarNames.drop(text, part.tokens(), mentions, before, unconfirmed);
                states.add(text, part.tokens(), part.sentence(), mentions, before, unconfirmed); // "TAMPA, Fla, ..."
            }
            mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        }
        if (!nonNames.isEmpty()) {
            mentions.removeIf(m -> m.evidence() != Mention.Evidence.KNOWN
                    && nonNames.contains(WorkCues.withoutArticle(m.text())));
            WorkCues.dropInside(text, nonNames, mentions);
        }
        acronyms.drop(text, mentions);
        DocumentTypes.unify(mentions);
        companies.retype(text, mentions);
        products.drop(text, mentions);
        return resolver.resolve(text, mentions, resolver.dependsOnSport(mentions) && isAboutSport(sentences));
    }
}
