package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page that writes its publication time without a zone ({@code 2026-05-04 21:46:48} in
 * {@code article:published_time} or JSON-LD) often writes the same time again with its offset in another vocabulary
 * ({@code sailthru.date}, {@code dc.date}, the other of JSON-LD and meta tags). The zone-less time then takes that
 * offset. Only the same clock time counts: a different time (the modification's) with an offset says nothing about
 * it, since some vocabularies write UTC without a zone (Parse.ly's {@code parsely-pub-date}), and a date whose UTC
 * time equals the zone-less one confirms UTC. With neither it stays UTC: a zone is never guessed from nothing.
 */
final class StatedOffset {

    // group 1 the clock time to the minute, group 2 its seconds when written
    private static final String DATE_TIME = "(\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d)(?::(\\d\\d)(?:\\.\\d{1,9})?)?";
    private static final Pattern ZONELESS = Pattern.compile(DATE_TIME);
    private static final Pattern WITH_OFFSET = Pattern.compile(DATE_TIME + "\\s*(Z|[+-]\\d\\d:?\\d\\d)");
    // the modification dates a page states next to its publication date, in the vocabularies META_KEYS reads
    private static final List<String> CHANGE_KEYS = List.of("article:modified_time", "og:updated_time",
            "dc.date.modified", "dcterms.modified", "datemodified");

    private StatedOffset() {
    }

    /**
     * @param read the instant {@code text} was read as (a zone-less time as UTC)
     * @param declaredKeys the meta keys a publication date is declared under
     */
    static Instant of(Instant read, String text, MetaTags meta, JsonLd jsonLd, List<String> declaredKeys) {
        Matcher zoneless = text == null ? null : ZONELESS.matcher(text.strip());
        if (zoneless == null || !zoneless.matches()) {
            return read;
        }
        String clock = zoneless.group(1).replace(' ', 'T');
        String seconds = zoneless.group(2);
        List<String> stated = new ArrayList<>(jsonLd.dates());
        declaredKeys.forEach(key -> stated.add(meta.first(key)));
        CHANGE_KEYS.forEach(key -> stated.add(meta.first(key)));
        Instant sameClock = null;
        for (String other : stated) {
            Matcher offset = other == null ? null : WITH_OFFSET.matcher(other.strip());
            if (offset == null || !offset.matches()) {
                continue;
            }
            Instant instant = Dates.parse(other).orElse(null);
            if (read.equals(instant)) {
                return read; // the same moment written with a zone: the zone-less one was UTC
            }
            ZoneOffset zone = zone(offset.group(3));
            if (sameClock == null && zone != null && offset.group(1).replace(' ', 'T').equals(clock)
                    && (seconds == null || offset.group(2) == null || seconds.equals(offset.group(2)))) {
                sameClock = read.atOffset(ZoneOffset.UTC).toLocalDateTime().toInstant(zone);
            }
        }
        return sameClock != null ? sameClock : read;
    }

    /** The offset written, or null for one no zone can have ({@code +25:00}, {@code +04:75}): the page states none. */
    private static ZoneOffset zone(String written) {
        try {
            return ZoneOffset.of(written);
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
