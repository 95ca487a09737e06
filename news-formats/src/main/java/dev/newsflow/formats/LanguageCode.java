package dev.newsflow.formats;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A declared language as the event contract carries it, ISO 639-1 ({@code en}), from what pages and files write:
 * a tag ({@code en-GB}, {@code pt_BR}, {@code EN}), a list ({@code Content-Language: en-US, fr}, the first), an
 * ISO 639-2 code ({@code eng}, {@code deu}, {@code fre}), a retired code ({@code iw}, {@code in}) or the language's
 * name in English or in itself ({@code English}, {@code Deutsch}). Tags that say no language ({@code und},
 * {@code mul}, {@code zxx}, {@code x-default}) are none. The tables come from the JDK's own locale data.
 */
final class LanguageCode {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern THREE_LETTERS = Pattern.compile("[a-z]{3}");
    private static final Set<String> NO_LANGUAGE = Set.of("und", "mul", "zxx", "mis");

    private LanguageCode() {
    }

    /** The ISO 639-1 code (or the ISO 639-2 code of a language that has no two-letter one), or null. */
    static String of(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String first = upTo(declared.strip(), ",; \t\n\u000B\f\r");
        String primary = upTo(first, "-_").toLowerCase(Locale.ROOT);
        String known = Table.BY_CODE_OR_NAME.get(primary);
        if (known != null) {
            return known;
        }
        if (THREE_LETTERS.matcher(primary).matches() && !NO_LANGUAGE.contains(primary)) {
            return primary; // a language with no two-letter code ("fil-PH")
        }
        // a name of several words ("Norwegian Bokmål") or one the table lacks is no code either
        String name = declared.strip().toLowerCase(Locale.ROOT);
        return LETTERS.matcher(name).matches() ? Table.BY_CODE_OR_NAME.get(name) : null;
    }

    /**
     * The table, built when a record first declares a language: the languages' names in themselves load the JDK's
     * locale data of every language (0.6 CPU-s on a busy 2-core machine against 0.04 without them; most of what a
     * one-article {@code analyze} of a text file did on its main thread), which input that declares no language
     * (plain text, most Markdown and JSON) never needs.
     */
    private static final class Table {
        static final Map<String, String> BY_CODE_OR_NAME = table();
    }

    /** The text before the first of {@code separators}, as {@code Pattern.split(text, 2)[0]} with their class. */
    private static String upTo(String text, String separators) {
        for (int i = 0; i < text.length(); i++) {
            if (separators.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            table.putIfAbsent(code, code);
            try {
                table.putIfAbsent(language.getISO3Language(), code);
            } catch (MissingResourceException noThreeLetterCode) {
                // every two-letter code has one; kept safe for a JDK whose data lacks it
            }
            table.putIfAbsent(language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            table.putIfAbsent(language.getDisplayLanguage(language).toLowerCase(Locale.ROOT), code);
        }
        // ISO 639-2 bibliographic codes, which libraries and some CMSs write, beside the terminology ones above
        // (all twenty that differ from the terminology code)
        Map.ofEntries(Map.entry("alb", "sq"), Map.entry("arm", "hy"), Map.entry("baq", "eu"), Map.entry("bur", "my"),
                Map.entry("chi", "zh"), Map.entry("cze", "cs"), Map.entry("dut", "nl"), Map.entry("fre", "fr"),
                Map.entry("geo", "ka"), Map.entry("ger", "de"), Map.entry("gre", "el"), Map.entry("ice", "is"),
                Map.entry("mac", "mk"), Map.entry("mao", "mi"), Map.entry("may", "ms"), Map.entry("per", "fa"),
                Map.entry("rum", "ro"), Map.entry("slo", "sk"), Map.entry("tib", "bo"), Map.entry("wel", "cy"))
                .forEach(table::putIfAbsent);
        // retired codes, still in old pages
        Map.of("iw", "he", "in", "id", "ji", "yi", "jw", "jv", "mo", "ro").forEach(table::put);
        return Map.copyOf(table);
    }
}
