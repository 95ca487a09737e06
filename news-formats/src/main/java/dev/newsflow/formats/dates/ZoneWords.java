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
    private static final int SUMMER_HOUR = 3600;
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
     * The zone {@code word} names at {@code local}: {@linkplain #known known}, a zone's name as the JDK knows it, an
     * abbreviation ({@code BST}) or written out ({@code Pacific Standard Time}), or a zone's id
     * ({@code Europe/Berlin}, {@code GMT-05:00}); else null. A standard time's name is its region's standard offset,
     * a summer time's that plus the summer's hour, whatever the region's clock says that day ({@code AEST} is +10:00
     * in Brisbane's December too, where the JDK reads the name as Sydney's zone, on summer time then); any other
     * abbreviation (the generic {@code NZT}, an old one) follows its region's clock. A name written out that is none
     * of its region's is no zone (the JDK finds Africa/Abidjan for Irish Standard Time).
     */
    static ZoneId of(String word, LocalDateTime local) {
        ZoneId known = known(word);
        if (known != null) {
            return known;
        }
        for (int style = 0; style < NAMES.size(); style++) {
            ZoneId region;
            try {
                region = NAMES.get(style).parse(word, ZoneId::from);
            } catch (DateTimeException notThisStyle) {
                continue;
            }
            return region instanceof ZoneOffset ? region : named(region, word, local, style == 0);
        }
        try {
            return ZoneId.of(word);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private static ZoneId named(ZoneId region, String word, LocalDateTime local, boolean abbreviation) {
        TimeZone names = TimeZone.getTimeZone(region);
        ZoneOffset standard = region.getRules().getStandardOffset(local.toInstant(ZoneOffset.UTC));
        String name = word.toLowerCase(Locale.ROOT);
        if (names(names, false).contains(name)) {
            return standard;
        }
        if (names(names, true).contains(name)) {
            // a zone without summer time today may still have a name for one it kept once (HKST)
            int summer = names.getDSTSavings() > 0 ? names.getDSTSavings() / 1000 : SUMMER_HOUR;
            return ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + summer);
        }
        boolean generic = region.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(word)
                || region.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(word);
        return abbreviation || generic || region.getId().equalsIgnoreCase(word) ? region : null;
    }

    private static List<String> names(TimeZone zone, boolean summer) {
        return List.of(zone.getDisplayName(summer, TimeZone.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT),
                zone.getDisplayName(summer, TimeZone.LONG, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
}
