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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/**
 * Identifies an article's language with the optimaize language-detector and its 70 built-in profiles, after a cheap
 * check that recognises plainly English text (see {@link EnglishShortcut}). Only the opening of the text is read: a
 * few hundred characters decide the language of a news article. Thread-safe; load once. Reading the 70 profiles costs
 * about half a CPU-second, so they are read only when the first text that is not plainly English comes (that text
 * waits for them): a run on English news, such as a one-article command line run, never pays for them, and on two
 * cores reading them up front competed with the rest of the start-up. Placeholder text ("Lorem ipsum dolor sit amet",
 * scrambled Latin that templates and unfinished pages carry) is in no language: no profile is Latin, so the detector
 * was sure it read Catalan or Italian; it is undetermined, and a record takes the language its page declares.
 */
public final class LanguageIdentifier {

    /** ISO 639 "undetermined": too little text, or no language is likely enough. */
    public static final String UNDETERMINED = "und";

    static final int SAMPLE_CHARS = 1_000;
    private static final int SHORTCUT_SAMPLE_CHARS = 500;
    private static final int MIN_LETTERS = 20;
    private static final double MIN_PROBABILITY = 0.80;
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\blorem ipsum dolor sit amet\\b");

    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    /**
     * Reads the profiles once, on the first thread that needs them (others wait for it), and keeps the outcome: a
     * failure is remembered and thrown again rather than costing every later non-English article another read.
     */
    private final FutureTask<LanguageDetector> detector;

    LanguageIdentifier(Callable<LanguageDetector> reader) {
        this.detector = new FutureTask<>(reader);
    }

    /** Returns at once; the detector's profiles are read when first needed. */
    public static LanguageIdentifier load() {
        return new LanguageIdentifier(LanguageIdentifier::readDetector);
    }

    private LanguageDetector detector() {
        detector.run(); // reads on the first call only: a task that has run, or is running, does nothing
        try {
            return detector.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException("cannot read the language detector's profiles", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the language detector's profiles were read", e);
        }
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
        if (letters(sample) < MIN_LETTERS || PLACEHOLDER.matcher(sample).find()) {
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
