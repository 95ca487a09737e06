package dev.newsflow.formats.dates;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The zone a word after a time names. RFC 822's names keep the fixed offsets it gives them (EST is -05:00 in July
 * too), ET, CT, MT and PT follow their region's clock, and other abbreviations are read as the JDK knows them,
 * where several zones share one, as an English-language newsroom means it: BST is British Summer Time, IST India's
 * (the JDK would pick a zone without summer time, Africa/Abidjan, for both).
 */
public final class ZoneWords {

    private static final Map<String, ZoneId> WORDS = Map.ofEntries(Map.entry("utc", ZoneOffset.UTC),
            Map.entry("ut", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
            Map.entry("et", ZoneId.of("America/New_York")), Map.entry("ct", ZoneId.of("America/Chicago")),
            Map.entry("mt", ZoneId.of("America/Denver")), Map.entry("pt", ZoneId.of("America/Los_Angeles")),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)));
    private static final DateTimeFormatter ABBREVIATION = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendZoneText(TextStyle.SHORT, Set.of(ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata")))
            .toFormatter(Locale.ENGLISH);

    private ZoneWords() {
    }

    /** The zone of RFC 822's names and the US regions' (UTC, GMT, EST, PDT, ET...); null for any other word. */
    public static ZoneId known(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The zone {@code word} names, {@linkplain #known known} or an abbreviation the JDK knows (BST); else null. */
    static ZoneId of(String word) {
        ZoneId known = known(word);
        if (known != null || !word.chars().allMatch(Character::isLetter)) {
            return known;
        }
        try {
            return ABBREVIATION.parse(word, ZoneId::from);
        } catch (DateTimeException unknown) {
            return null;
        }
    }
}
