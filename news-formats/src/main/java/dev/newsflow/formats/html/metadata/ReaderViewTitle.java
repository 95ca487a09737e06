package dev.newsflow.formats.html.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.regex.Pattern;

/**
 * The title a reader view shows for a page that declares none: its {@code <title>}, cut as Mozilla Readability
 * cuts it since its pull request 960 of March 2025 (after the 0.6.0 release; test page {@code title-en-dash}): an en
 * or em dash is a separator, so "Headline – Site" loses the site. Written to the letter of that rule, not improved
 * on: a title is judged by whether it is the one reader views show, so "Short Headline - Site" (four words or fewer
 * left means a section name was left, so the whole title stays) is kept as written. Finding the headline on the page
 * wants a cleaner cut: {@link PageTitle}.
 */
final class ReaderViewTitle {

    private static final String SEPARATORS = "|\\-–—\\\\/>»";
    private static final Pattern SEPARATOR = Pattern.compile("(?U)\\s[" + SEPARATORS + "]\\s");
    private static final Pattern HIERARCHICAL = Pattern.compile("(?U)\\s[\\\\/>»]\\s");
    private static final Pattern UP_TO_FIRST_SEPARATOR = Pattern.compile("^[^" + SEPARATORS + "]*[" + SEPARATORS + "]");
    private static final Pattern SPACE_RUNS = Pattern.compile("(?U)\\s{2,}");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final int MIN_WORDS = 3;
    private static final int SHORT_WORDS = 4;
    private static final int MAX_WORDS_BEFORE_COLON = 5;
    private static final int MIN_LENGTH = 15;
    private static final int MAX_LENGTH = 150;

    private ReaderViewTitle() {
    }

    /** The cut {@code <title>}; empty when the page has none. */
    static String of(Document page) {
        String original = page.title().strip();
        String title = original;
        boolean hierarchical = false;
        if (SEPARATOR.matcher(title).find()) {
            hierarchical = HIERARCHICAL.matcher(title).find();
            title = original.substring(0, PageTitle.lastMatch(SEPARATOR, original));
            if (words(title) < MIN_WORDS) {
                title = UP_TO_FIRST_SEPARATOR.matcher(original).replaceFirst("");
            }
        } else if (title.contains(": ")) {
            if (!aHeadingSays(page, title)) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < MIN_WORDS) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > MAX_WORDS_BEFORE_COLON) {
                    title = original;
                }
            }
        } else if (title.length() > MAX_LENGTH || title.length() < MIN_LENGTH) {
            Elements h1 = page.getElementsByTag("h1");
            if (h1.size() == 1) {
                title = h1.getFirst().wholeText().strip();
            }
        }
        title = SPACE_RUNS.matcher(title.strip()).replaceAll(" ");
        int words = words(title);
        // four words or fewer is more likely a section's name than the headline, unless only the site was cut off;
        // the rule counts the words left when each separator and the spaces around it are taken out, which joins
        // the words on either side into one
        if (words <= SHORT_WORDS
                && (!hierarchical || words != words(SEPARATOR.matcher(original).replaceAll("")) - 1)) {
            return original;
        }
        return title;
    }

    private static boolean aHeadingSays(Document page, String title) {
        for (Element heading : page.select("h1, h2")) {
            if (heading.wholeText().strip().equals(title)) {
                return true;
            }
        }
        return false;
    }

    /** Words as the rule counts them: the pieces between runs of spaces, an empty piece at either end included. */
    private static int words(String text) {
        return SPACES.split(text, -1).length;
    }
}
