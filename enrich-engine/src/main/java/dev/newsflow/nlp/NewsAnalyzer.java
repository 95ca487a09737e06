package dev.newsflow.nlp;

import dev.newsflow.nlp.entity.EntityData;
import dev.newsflow.nlp.entity.EntityRecognizer;
import dev.newsflow.nlp.entity.RecognizedEntity;
import dev.newsflow.nlp.keywords.KeywordExtractor;
import dev.newsflow.nlp.language.LanguageIdentifier;
import dev.newsflow.nlp.sentiment.SentimentAnalyzer;
import dev.newsflow.nlp.sentiment.ToneAnalysis;
import dev.newsflow.nlp.text.Sentence;
import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.ArticleText;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.Sentiment;
import dev.newsflow.events.SentimentLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The engine: segments the article once, identifies its language and, for English, finds entities, tone
 * and keywords. Other languages get no English-only analysis (no entities, neutral tone, no keywords)
 * rather than a wrong one. Thread-safe; {@link #load()} reads all data once.
 */
public final class NewsAnalyzer implements ArticleAnalyzer {

    private static final int KEYWORDS = 10;
    /** Below this many words the language identifier may say "und"; such texts are analysed as English. */
    private static final int SHORT_TEXT_WORDS = 40;
    private static final Sentiment NOT_ANALYSED = new Sentiment(SentimentLabel.NEUTRAL, 0, 0, 0, 1);

    private final TextSegmenter segmenter;
    private final LanguageIdentifier languages;
    private final EntityRecognizer entities;
    private final SentimentAnalyzer sentiment;
    private final KeywordExtractor keywords;
    private final String version;

    private NewsAnalyzer(TextSegmenter segmenter, LanguageIdentifier languages, EntityRecognizer entities,
            SentimentAnalyzer sentiment, KeywordExtractor keywords, String version) {
        this.segmenter = segmenter;
        this.languages = languages;
        this.entities = entities;
        this.sentiment = sentiment;
        this.keywords = keywords;
        this.version = version;
    }

    /** Loads the engine's data once; the result is thread-safe and meant to be shared. */
    public static NewsAnalyzer load() {
        return load(EntityData::load);
    }

    /** The engine on entity data already loaded, which it shares with whoever else holds it. */
    public static NewsAnalyzer load(EntityData entityData) {
        return load(() -> entityData);
    }

    private static NewsAnalyzer load(Supplier<EntityData> entityData) {
        SentimentAnalyzer sentiment = SentimentAnalyzer.load();
        EntityRecognizer entities = EntityRecognizer.load(entityData.get());
        return new NewsAnalyzer(new TextSegmenter(), LanguageIdentifier.load(), entities, sentiment,
                KeywordExtractor.load(), EngineVersion.shipped());
    }

    /** The site's name in the title is left out of entities, tone and keywords ({@link SiteNameInTitle}). */
    @Override
    public Analysis analyze(String title, String body, String source) {
        String analysedTitle = SiteNameInTitle.blanked(title, source);
        // blanked, not cut: offsets still count into the published title and body
        String text = withPlainSpaces(ArticleText.of(analysedTitle, body));
        List<Sentence> sentences = segmenter.segment(text);
        // the site's name is still words of the title, which wordCount counts
        int wordCount = wordCount(sentences)
                + (analysedTitle.equals(title) ? 0 : wordCount(segmenter.segment(source)));
        String language = languages.identify(text);
        boolean english = "en".equals(language)
                || (LanguageIdentifier.UNDETERMINED.equals(language) && wordCount < SHORT_TEXT_WORDS);
        if (!english) {
            return new Analysis(language, List.of(), NOT_ANALYSED, List.of(), wordCount);
        }
        ToneAnalysis tone = sentiment.analyze(text, sentences);
        List<RecognizedEntity> found = entities.recognize(text, sentences);
        List<NamedEntity> named = new ArrayList<>(found.size());
        for (RecognizedEntity e : found) {
            named.add(new NamedEntity(e.id(), e.name(), e.type(), e.aliases(), e.mentions(), e.firstOffset(),
                    e.salience(), tone.toneOf(e.sentences()), e.geo(), e.canonicalName()));
        }
        return new Analysis(language, named, tone.document(), keywords.extract(text, sentences, KEYWORDS), wordCount);
    }

    @Override
    public String version() {
        return version;
    }

    /**
     * Every space between words as a plain one: tabs, and Unicode's space separators (no-break, thin, en, ideographic
     * spaces). A CMS writes "Ana&nbsp;Ruiz", typeset text "Ana&thinsp;Ruiz", pasted text a tab; Java counts the
     * no-break ones as no white space, so such a name came apart into punctuation and words, and the rules that read
     * a name's words at its first plain space found none: each was another entity than the same name spelt with a
     * space. Line breaks stay (they end sentences). One character for one: every offset stays where it was.
     */
    private static String withPlainSpaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c == '\t' || c > 0x7F && Character.getType(c) == Character.SPACE_SEPARATOR)) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static int wordCount(List<Sentence> sentences) {
        int words = 0;
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                if (Character.isLetterOrDigit(token.text().charAt(0))) {
                    words++;
                }
            }
        }
        return words;
    }
}
