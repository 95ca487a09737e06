package dev.newsflow.nlp.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Identifies an article's language with the optimaize language-detector and its 70 built-in profiles, after a cheap
 * check that recognises plainly English text (see {@link EnglishShortcut}). Only the opening of the text is read: a
 * few hundred characters decide the language of a news article. Thread-safe; load once. Reading the 70 profiles costs
 * about half a CPU-second, so they are read only when the first text that is not plainly English comes (that text
 * waits for them): a run on English news, such as a one-article command line run, never pays for them, and on two
 * cores reading them up front competed with the rest of the start-up.
 */
public final class LanguageIdentifier {

    /** ISO 639 "undetermined": too little text, or no language is likely enough. */
    public static final String UNDETERMINED = "und";

    static final int SAMPLE_CHARS = 1_000;
    private static final int SHORTCUT_SAMPLE_CHARS = 500;
    private static final int MIN_LETTERS = 20;
    private static final double MIN_PROBABILITY = 0.80;

    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private volatile LanguageDetector detector;

    private LanguageIdentifier() {
    }

    /** Returns at once; the detector's profiles are read when first needed. */
    public static LanguageIdentifier load() {
        return new LanguageIdentifier();
    }

    private LanguageDetector detector() {
        LanguageDetector read = detector;
        if (read == null) {
            synchronized (this) {
                read = detector;
                if (read == null) {
                    detector = read = readDetector();
                }
            }
        }
        return read;
    }

    private static LanguageDetector readDetector() {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language detector's built-in profiles", e);
        }
    }

    /** ISO 639-1 code (e.g. {@code en}, {@code de}; {@code zh} for both Chinese scripts), or {@code "und"}. */
    public String identify(String text) {
        if (EnglishShortcut.isPlainlyEnglish(text, SHORTCUT_SAMPLE_CHARS)) {
            return "en";
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return UNDETERMINED;
        }
        List<DetectedLanguage> candidates = detector().getProbabilities(texts.forText(sample));
        if (candidates.isEmpty() || candidates.getFirst().getProbability() < MIN_PROBABILITY) {
            return UNDETERMINED;
        }
        return candidates.getFirst().getLocale().getLanguage();
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
