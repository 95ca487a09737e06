package dev.newsflow.formats.dates;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

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
    private static final Set<ZoneId> PREFERRED = Set.of(ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"));
    // an abbreviation (BST), else a name written out (Pacific Standard Time)
    private static final List<DateTimeFormatter> NAMES = List.of(TextStyle.SHORT, TextStyle.FULL).stream()
            .map(style -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendZoneText(style, PREFERRED)
                    .toFormatter(Locale.ENGLISH)).toList();

    private ZoneWords() {
    }

    /** The zone of RFC 822's names and the US regions' (UTC, GMT, EST, PDT, ET...); null for any other word. */
    public static ZoneId known(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The zone {@code word} names at {@code local}: {@linkplain #known known}, a zone's id ({@code Europe/Berlin},
     * {@code GMT-05:00}), or a zone's name as the JDK knows it, an abbreviation ({@code BST}) or written out
     * ({@code Pacific Standard Time}), at the offset it names: a standard time's is its region's standard offset, a
     * summer time's that plus the summer's hour, whatever the region's clock says that day ({@code AEST} is +10:00
     * in Brisbane's December too, where the JDK reads the name as Sydney's zone, on summer time then). A name that
     * is neither of the region the JDK finds for it is none (the JDK finds Africa/Abidjan for Irish Standard Time).
     */
    static ZoneId of(String word, LocalDateTime local) {
        ZoneId known = known(word);
        if (known != null) {
            return known;
        }
        try {
            return ZoneId.of(word);
        } catch (DateTimeException notAnId) {
            // a name, then
        }
        ZoneId region = null;
        for (int i = 0; region == null && i < NAMES.size(); i++) {
            try {
                region = NAMES.get(i).parse(word, ZoneId::from);
            } catch (DateTimeException notThisStyle) {
                // the next style, or no zone
            }
        }
        if (region == null || region instanceof ZoneOffset) {
            return region;
        }
        TimeZone names = TimeZone.getTimeZone(region);
        ZoneOffset standard = region.getRules().getStandardOffset(local.toInstant(ZoneOffset.UTC));
        if (names(names, false).contains(word.toLowerCase(Locale.ROOT))) {
            return standard;
        }
        boolean summer = names.useDaylightTime() && names(names, true).contains(word.toLowerCase(Locale.ROOT));
        return summer ? ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + names.getDSTSavings() / 1000) : null;
    }

    private static List<String> names(TimeZone zone, boolean summer) {
        return List.of(zone.getDisplayName(summer, TimeZone.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT),
                zone.getDisplayName(summer, TimeZone.LONG, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
}
