package dev.newsflow.formats.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import dev.newsflow.formats.dates.Dates;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Rome reads otherwise in each item, as the feed wrote it. Its dates, read as {@link Dates} reads a page's: feeds
 * write "2026-03-02 09:00:00", "March 2, 2026" and RFC 822 without its zone, which Rome does not read, and
 * microseconds, which Rome's masks take for milliseconds. An RSS title with markup written into it unescaped
 * ({@code Breaking: <i>Big</i> news}), whose words inside the tags Rome drops. An item's own {@code xml:lang}, which
 * Rome does not keep. One streaming pass over the feed (no
 * tree; no DTD, no entity); the items are the ones Rome reads, the {@code item}s and {@code entry}s under the root or
 * its {@code channel}. A feed read forgivingly is not well-formed for this pass and keeps Rome's readings.
 */
final class WrittenItems {

    // best first: RSS's and Atom's own before Dublin Core's and Atom 0.3's
    private static final List<String> PUBLISHED = List.of("pubdate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified");
    // the dates' own vocabularies beside the item's own namespace (RSS 1.0's, UserLand's RSS 2.0): Atom 1.0 and 0.3,
    // Dublin Core (any version); an element of another (an event's ev:date) dates something else, and counts only
    // for an item with no date of its own
    private static final Set<String> DATE_NAMESPACES = Set.of("", "http://www.w3.org/2005/Atom",
            "http://purl.org/atom/ns#");
    private static final String DUBLIN_CORE = "http://purl.org/dc/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    // the time written in a date ("09:00")
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d\\d");
    // an RFC 822 date (its weekday optional) whose time has no zone or a military letter (J is none): RFC 5322's
    // zones whose meaning is unknown; a word after a time ("Uhr", "hrs", a city, a zone this reader does not know,
    // MEZ or SGT) or a date written out in words ("5 mars 2024 à 10:12") is local time, and its day alone reads
    private static final Pattern UNPLACED_ZONE = Pattern.compile("^(?:\\p{L}{2,9},?\\s*)?\\d{1,2}\\s+\\p{L}{3,9}"
            + "\\.?\\s+\\d{2,4}\\s+(\\d{1,2}:\\d\\d(?::\\d\\d)?)(?:\\s+[A-IK-Za-ik-z])?$");

    /**
     * A date as an element wrote it: a time at the zone it wrote ({@link Kind#PLACED}), a time whose zone it left
     * unplaced, read as UTC ({@link Kind#UTC_ASSUMED}), or a day alone (read as midnight UTC).
     */
    record Reading(Instant at, Kind kind) {

        enum Kind { PLACED, UTC_ASSUMED, DAY }
    }

    /**
     * An item's written dates, null where none reads, and its title's words where the title holds markup (else
     * null); where a date was written that none of these reads, the first such text of its kind (else null); the
     * item's own {@code xml:lang} (a feed of several languages, RFC 4287's language of the entry), else null.
     */
    record Written(Reading published, Reading updated, String markedUpTitle, String unreadPublished,
                   String unreadUpdated, String language) {

        static final Written NONE = new Written(null, null, null, null, null, null);
    }

    private WrittenItems() {
    }

    /**
     * @param items how many items Rome found: the dates are used only when the feed shows as many
     * @return each item's dates; an empty list when they cannot be read or matched to Rome's items
     */
    static List<Written> of(Reader text, int items) {
        List<Written> dates = new ArrayList<>();
        // Rome's healer first, as Rome reads the feed: HTML's entities (&nbsp;) are no error then
        try (Reader feed = new XmlFixerReader(text)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(feed);
            Deque<String> open = new ArrayDeque<>(); // the open elements' local names, innermost first
            Best[] item = null; // the open item's publication and update dates
            int itemDepth = 0;
            String itemNamespace = null;
            String title = null;
            String language = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    int slot = PUBLISHED.contains(name) ? 0 : UPDATED.contains(name) ? 1 : -1;
                    String namespace = Objects.requireNonNullElse(xml.getNamespaceURI(), "");
                    if (item != null && open.size() == itemDepth + 1 && slot >= 0) {
                        boolean own = DATE_NAMESPACES.contains(namespace) || namespace.equals(itemNamespace)
                                || namespace.startsWith(DUBLIN_CORE);
                        int rank = (slot == 0 ? PUBLISHED : UPDATED).indexOf(name);
                        String written = textThroughEnd(xml, null);
                        Best best = item[slot];
                        Optional<Reading> reading = reading(written);
                        if (reading.isPresent()) {
                            best.offer(reading.get(), own, rank);
                        } else if (best.unread == null && !written.isBlank()) {
                            best.unread = written.strip();
                        }
                        continue;
                    }
                    if (item != null && open.size() == itemDepth + 1 && name.equals("title")
                            && namespace.equals(itemNamespace) && !namespace.equals(ATOM)) {
                        boolean[] markup = {false};
                        String written = textThroughEnd(xml, markup);
                        title = markup[0] ? written : title;
                        continue;
                    }
                    if (item == null && isItem(name, open)) {
                        item = new Best[] {new Best(), new Best()};
                        itemDepth = open.size();
                        itemNamespace = namespace;
                        language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    }
                    open.push(name);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                    if (item != null && open.size() == itemDepth) {
                        dates.add(new Written(item[0].reading, item[1].reading, title, item[0].unread,
                                item[1].unread, language));
                        item = null;
                        title = null;
                        language = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            // not well-formed here (a feed read forgivingly)
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dates.size() == items ? dates : List.of();
    }

    /**
     * The text of the element just opened, its children's included, read through its end. Not
     * {@link XMLStreamReader#getElementText()}, which throws at a child element: one date written in markup
     * ({@code <pubDate><span>March 2, 2026</span></pubDate>}) would cost every item its date.
     *
     * @param markup set to whether the element holds another, when not null
     */
    private static String textThroughEnd(XMLStreamReader xml, boolean[] markup) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (markup != null) {
                        markup[0] = true;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                default -> {
                }
            }
        }
        return text.toString();
    }

    /**
     * A date as written, read as {@link Dates} reads it; the time of an RFC 822 date with no zone or a military letter
     * read as UTC: RFC 5322 reads such a zone as {@code -0000}, the time in UTC with no local zone known, and a feed,
     * unlike a page, has no other clue to the zone, so the time is kept rather than the day alone.
     */
    private static Optional<Reading> reading(String written) {
        Optional<Instant> date = Dates.parse(written);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        if (timeRead(written, date.get())) {
            return Optional.of(new Reading(date.get(), Reading.Kind.PLACED));
        }
        String date822 = written.strip();
        Matcher unplaced = UNPLACED_ZONE.matcher(date822);
        // the same day's fields at +0000; a midnight (24:00 is the next day's start) stays a day
        Optional<Instant> utc = unplaced.matches()
                ? Dates.parse(date822.substring(0, unplaced.end(1)) + " +0000") : Optional.empty();
        return Optional.of(utc.isPresent() && !Dates.isDayOnly(utc.get())
                ? new Reading(utc.get(), Reading.Kind.UTC_ASSUMED) : new Reading(date.get(), Reading.Kind.DAY));
    }

    /**
     * Whether {@code date} is the time {@code written} gives, not its day alone: a reading at midnight UTC is a time
     * when the same text with another time reads otherwise ("01:00 +0100"), and a day when not ("09:00 PM", no zone).
     */
    private static boolean timeRead(String written, Instant date) {
        if (!Dates.isDayOnly(date)) {
            return true;
        }
        Matcher time = TIME.matcher(written);
        return time.find() && !Dates.parse(written.substring(0, time.start()) + "12:34" + written.substring(time.end()))
                .equals(Optional.of(date));
    }

    /**
     * Of an item's readings of one kind, the best: one in a date vocabulary before one in another, then one with a
     * time at its zone before one read as UTC before one of a day alone, then by rank.
     */
    private static final class Best {
        private Reading reading;
        private int key;
        private String unread;

        void offer(Reading candidate, boolean own, int rank) {
            int candidateKey = (own ? 0 : 100) + 10 * candidate.kind().ordinal() + rank;
            if (reading == null || candidateKey < key) {
                reading = candidate;
                key = candidateKey;
            }
        }
    }

    /** An item or entry whose parent is the root, or the root's channel. */
    private static boolean isItem(String name, Deque<String> open) {
        return (name.equals("item") || name.equals("entry"))
                && (open.size() == 1 || open.size() == 2 && open.peek().equals("channel"));
    }
}
