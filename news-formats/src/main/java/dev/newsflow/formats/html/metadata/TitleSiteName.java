package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.text.Spaces;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The site's name in a page's {@code <title>}, beside the headline {@link PageTitle} takes from it. */
final class TitleSiteName {

    // separators between a headline and a site's name; a breadcrumb (" > ", " / ") ends with the page, not the site
    private static final Pattern SITE_SEPARATOR = Pattern.compile(" [|\\-–—·] ");
    private static final int MAX_SITE_WORDS = 5;
    private static final int MAX_SITE_LENGTH = 40;
    // the lower-case words a name is joined by, in the languages news is read in: "Diario del Valle", "Jornal da
    // Margem", "La Voce del Fiume", "Corriere della Sera", "Gazet van Antwerpen"; not German's "und", "der", "am",
    // "im": German writes every noun in capitals, so a headline's end ("Ärger im Treppenhaus") would read as a name
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "on", "in", "at", "de", "du", "la",
            "le", "des", "et", "del", "della", "dello", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "e",
            "y", "el", "los", "las", "van", "het", "och", "för");
    // labels news sites put beside a headline in their titles, which name a section or a format, not the site
    private static final Set<String> SECTIONS = Set.of("opinion", "analysis", "live", "news", "breaking news", "video",
            "videos", "review", "reviews", "comment", "editorial", "sport", "sports", "weather", "business", "politics",
            "world", "exclusive", "interview", "podcast", "photos", "gallery", "blog", "blogs", "home", "latest");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TitleSiteName() {
    }

    /**
     * The site's name a {@code <title>} carries beside the headline, for a page that names its site nowhere else:
     * the short last part of {@code "Headline | Site"} / {@code "Headline - Section - Site"} after a headline of
     * three words or more, or the other part of {@code "Site | Headline"} when the page's {@code <h1>} is the
     * headline. Null when the title shows none.
     */
    static String of(Document page) {
        String title = PageTitle.spaced(Spaces.collapsed(page.title()).strip());
        var m = SITE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        while (m.find()) {
            firstStart = firstStart < 0 ? m.start() : firstStart;
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return null;
        }
        String last = title.substring(lastEnd).strip();
        Element h1 = null;
        for (Element candidate : page.getElementsByTag("h1")) {
            if (SiteHeading.is(candidate)) {
                String site = Spaces.collapsed(candidate.text()).strip();
                if (site.equalsIgnoreCase(last) || site.equalsIgnoreCase(title.substring(0, firstStart).strip())) {
                    return site; // the site's own heading names it
                }
            } else if (h1 == null) {
                h1 = candidate;
            }
        }
        String heading = h1 == null ? "" : Spaces.collapsed(h1.text()).strip();
        if (firstStart == lastStart && heading.equalsIgnoreCase(last)) {
            String first = title.substring(0, firstStart).strip();
            return isSiteName(first) ? first : null;
        }
        return isSiteName(last) && !heading.equalsIgnoreCase(last)
                && PageTitle.words(title.substring(0, lastStart)) >= PageTitle.MIN_WORDS ? last : null;
    }

    /**
     * Short, written as a name (no word in lower case but a domain's or a joining word's: "here's what it means" is a
     * headline's end), and not a section's label ("Opinion | Headline").
     */
    private static boolean isSiteName(String part) {
        if (part.isEmpty() || part.length() > MAX_SITE_LENGTH || PageTitle.words(part) > MAX_SITE_WORDS
                || part.codePoints().noneMatch(Character::isLetter) || SECTIONS.contains(part.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : SPACES.split(part)) {
            if (Character.isLowerCase(word.codePointAt(0)) && word.indexOf('.') < 0 && !JOINING.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
