package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.text.Spaces;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.regex.Pattern;

/**
 * The headline hidden in a {@code <title>}, as the page shows it, to find that headline on the page (and the byline
 * and date beside it); the title an article is given is cut by {@link ReaderViewTitle}. A title usually carries the
 * site too: {@code "Headline | Site"},
 * {@code "Site - Section - Headline"}, {@code "Site: Headline"}. The last separated part goes when what is left is
 * still a headline (three words or more), else the first; a colon splits only when no heading repeats the whole
 * title. A part that the page's {@code <h1>} repeats, or that is not the site's name, wins outright. Too short or
 * too long a title gives way to a single {@code <h1>}. The site's name a title carries: {@link TitleSiteName}.
 */
final class PageTitle {

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»·] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Chinese, Japanese and Korean titles write their separators with no space around them ("标题-新华网",
    // "标题_新浪新闻", "标题--地方--人民网", "見出し：地域ニュース：みなと新報"); a colon only where there are two, as a
    // headline quotes a speaker after one ("专家：房价将企稳"), and never a dash a headline uses ("标题——副标题")
    private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";
    private static final Pattern CJK_SEPARATOR = Pattern.compile("(?<=[" + CJK + "\\p{Pf}）」』》])"
            + "\\s*(?:[-_|｜－]{1,2})\\s*(?=[" + CJK + "\\p{Pi}（「『《\\p{Alnum}])");
    private static final Pattern CJK_COLONS = Pattern.compile("[" + CJK + "][^：]*：[^：]+：");
    private static final Pattern CJK_CHAR = Pattern.compile("[" + CJK + "]");
    static final int MIN_WORDS = 3;
    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 150;

    private PageTitle() {
    }

    /** @param siteName the site's name when the page says it elsewhere: a part equal to it always goes */
    static String headline(Document page, String siteName) {
        String original = spaced(Spaces.collapsed(page.title()).strip());
        if (original.isEmpty()) {
            return null;
        }
        // the part the page's own heading repeats first: a title may hold a section as well as the site
        String heading = partThatIsAHeading(page, original, siteName);
        if (heading != null) {
            return heading;
        }
        String withoutSite = withoutSiteName(original, siteName);
        if (withoutSite != null) {
            return withoutSite;
        }
        String title = original;
        if (SEPARATOR.matcher(original).find()) {
            title = beforeLastSeparator(original);
            if (words(title) < MIN_WORDS) {
                title = afterFirstSeparator(original);
            }
        } else if (original.contains(": ") && !headingSays(page, original)) {
            title = original.substring(original.lastIndexOf(": ") + 2);
            if (words(title) < MIN_WORDS) {
                title = original.substring(original.indexOf(": ") + 2);
            } else if (words(original.substring(0, original.indexOf(": "))) > 5) {
                title = original;
            }
        } else if (original.length() < MIN_LENGTH || original.length() > MAX_LENGTH) {
            Elements h1 = page.getElementsByTag("h1");
            if (h1.size() == 1 && !h1.getFirst().text().isBlank()) {
                title = h1.getFirst().text();
            }
        }
        title = title.strip();
        // A short remainder is more likely a section name than the headline, unless only the site was cut off.
        boolean hierarchical = HIERARCHICAL.matcher(original).find();
        if (words(title) <= 4 && (!hierarchical || words(title) != words(SEPARATOR.matcher(original).replaceAll(" ")) - 1)) {
            return original;
        }
        return title;
    }

    static String withoutSiteName(String title, String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return null;
        }
        String site = siteName.strip();
        var m = SEPARATOR.matcher(title);
        while (m.find()) {
            String before = title.substring(0, m.start()).strip();
            String after = title.substring(m.end()).strip();
            if (after.equalsIgnoreCase(site) && !before.isEmpty()) {
                return before;
            }
            if (before.equalsIgnoreCase(site) && !after.isEmpty()) {
                return after;
            }
        }
        return null;
    }

    /** The page's own {@code <h1>} repeating one part of the title (not the site's name) says which is the headline. */
    private static String partThatIsAHeading(Document page, String title, String siteName) {
        if (!SEPARATOR.matcher(title).find()) {
            return null;
        }
        for (Element h1 : page.getElementsByTag("h1")) {
            String heading = Spaces.collapsed(h1.text()).strip();
            if (heading.equalsIgnoreCase(siteName) || SiteHeading.is(h1)) {
                continue; // the logo's heading
            }
            for (String part : SEPARATOR.split(title)) {
                if (!heading.isEmpty() && part.strip().equalsIgnoreCase(heading)) {
                    return heading;
                }
            }
        }
        return null;
    }

    private static String beforeLastSeparator(String title) {
        return title.substring(0, lastMatch(SEPARATOR, title));
    }

    /** Where the last match of {@code separator} in {@code title} starts; -1 when there is none. */
    static int lastMatch(Pattern separator, String title) {
        var m = separator.matcher(title);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static String afterFirstSeparator(String title) {
        var m = SEPARATOR.matcher(title);
        return m.find() ? title.substring(m.end()) : title;
    }

    private static boolean headingSays(Document page, String title) {
        for (Element heading : page.select("h1, h2")) {
            if (heading.text().strip().equals(title)) {
                return true;
            }
        }
        return false;
    }

    /** Words, where a run of Chinese or Japanese counts a word for every two of its characters, as it reads. */
    static int words(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        long cjk = CJK_CHAR.matcher(stripped).results().count();
        return Math.max(SPACES.split(stripped).length, (int) (cjk / 2));
    }

    /** A title whose separators are written without spaces, as Chinese and Japanese sites write them, with them. */
    static String spaced(String title) {
        if (!CJK_CHAR.matcher(title).find()) {
            return title;
        }
        String spaced = CJK_SEPARATOR.matcher(title).replaceAll(" - ");
        return CJK_COLONS.matcher(spaced).find() ? spaced.replace("：", " - ") : spaced;
    }
}
