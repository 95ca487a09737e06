package dev.newsflow.formats.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who wrote an item, every name it gives, joined as a page's several authors are ({@code "Ines Roth, Ola Berg"}):
 * its authors (Atom's {@code <author>}s, RSS's {@code <author>}, each {@code dc:creator}), else an author written in a
 * vocabulary Rome leaves unread ({@code itunes:author}; {@code <a10:author>}, the Atom element .NET writes into RSS),
 * else, in Atom, the authors of the entry's {@code <source>} and then the feed's, which RFC 4287 (4.2.1) says apply
 * to an entry that names none.
 */
final class ItemAuthors {

    private static final Namespace ITUNES = Namespace.getNamespace("http://www.itunes.com/dtds/podcast-1.0.dtd");
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+");

    private ItemAuthors() {
    }

    /** @return the names, or null when the item and, for Atom, its source and feed name nobody */
    static String of(SyndEntry entry, SyndFeed feed, boolean atom) {
        Set<String> names = new LinkedHashSet<>();
        entry.getAuthors().forEach(person -> add(names, person.getName()));
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc != null) {
            dc.getCreators().forEach(creator -> add(names, creator));
        }
        if (names.isEmpty()) {
            for (Element element : entry.getForeignMarkup()) {
                if (element.getNamespace().equals(ITUNES) && element.getName().equals("author")) {
                    add(names, element.getTextNormalize());
                } else if (element.getNamespace().equals(ATOM) && element.getName().equals("author")) {
                    add(names, element.getChildTextNormalize("name", ATOM));
                }
            }
        }
        if (names.isEmpty() && atom) {
            List<SyndPerson> inherited = entry.getSource() != null && !entry.getSource().getAuthors().isEmpty()
                    ? entry.getSource().getAuthors() : feed.getAuthors();
            inherited.forEach(person -> add(names, person.getName()));
        }
        // an RSS <author> that is an address alone, beside a dc:creator naming the same writer
        if (names.size() > 1) {
            names.removeIf(name -> BARE_ADDRESS.matcher(name).matches());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A name once, whatever its case ("Jane Doe" and "jane doe"). */
    static void add(Set<String> names, String author) {
        String name = FeedText.author(author);
        if (name != null && !name.isBlank()
                && names.stream().noneMatch(known -> known.equalsIgnoreCase(name.strip()))) {
            names.add(name.strip());
        }
    }
}
