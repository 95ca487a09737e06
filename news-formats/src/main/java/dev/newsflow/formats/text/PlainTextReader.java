package dev.newsflow.formats.text;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.dates.Dates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain-text articles as users save them from a browser: the title on the first line (a trailing
 * {@code " – Publisher"} names the source; a press release's label over it skipped; a long first sentence is no
 * title but the text's start), optionally the title again or underlined, an optional {@code Source: X} line, an
 * optional date line before or after an optional {@code By Name} line, then body paragraphs. Publisher chrome that
 * is not article text is dropped: {@code Related article} / {@code Related live-story} markers with the teaser line
 * after them, {@code Read more: ...} and {@code Leave a Comment}. Files with just a title line, a blank line and the
 * body read the same way.
 */
public final class PlainTextReader implements ArticleReader {

    public static final String FORMAT = "txt";

    // A publisher is a short run of capitalised words, so "Storm hits - live updates" keeps its whole title.
    private static final Pattern PUBLISHER_SUFFIX = Pattern.compile(
            "^(.+)\\s+[–—-]\\s+([\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’]*(?:\\s[\\p{Lu}\\p{N}&][\\p{L}\\p{N}.&'’]*){0,3})$");
    /**
     * Longest title line searched for a publisher suffix. No title is longer, and the suffix pattern backtracks
     * quadratically over a long line of spaces and dashes: a hostile 200 KB first line took minutes.
     */
    private static final int MAX_TITLE_LINE = 1_000;
    // possessive: a line of spaces before a character "." cannot take (U+2028) backtracked with their square
    private static final Pattern SOURCE_LINE = Pattern.compile("^Source:\\s*+(.+)$", Pattern.CASE_INSENSITIVE);
    // what may follow a full name, not part of it: ", Markets Editor", ", Harbour Times" (capitalised words, no
    // sentence: "By Friday, the water had gone." is the text's first sentence)
    private static final String ROLE = "\\s*,\\s*\\p{Lu}[\\p{L}'’&-]*(?:\\s+[\\p{L}'’&-]+){0,4}";
    private static final Pattern BYLINE = Pattern.compile(
            "^By:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5})$");
    private static final Pattern BYLINE_WITH_ROLE = Pattern.compile(
            "^By:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,5})" + ROLE + "$");
    // "Von Ines Roth", "Par Ines Roth et Ola Berg", "Av …" (ByWords, capitalised as "By" is): whole names of two words
    // or more, as German capitalises its nouns and a phrase in title case ("Von Mäusen und Menschen") names no one.
    // Not "Di": a text has no markup or declared language to tell Italian's "by" from Indonesian's "in", which
    // opens many a subheading ("Di Tengah Pandemi")
    private static final String BY_WORDS = ByWords.WORDS.stream().filter(words -> !words.equals("di"))
            .map(words -> Character.toUpperCase(words.charAt(0)) + words.substring(1).replace(" ", "\\s+"))
            .collect(Collectors.joining("|"));
    private static final String FULL_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|van|von|der|da|le|la)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’-]*){1,4}";
    private static final Pattern OTHER_BYLINE = Pattern.compile("^(?:" + BY_WORDS + ")\\s+(" + FULL_NAME
            + "(?:\\s+(?:" + ByWords.AND_ALTERNATIVES + ")\\s+" + FULL_NAME + ")?)(?:" + ROLE + ")?$");
    // a press release's label over its headline, not the headline
    private static final Pattern RELEASE_LABEL = Pattern.compile(
            "^(?:for immediate release|(?:press|news|media) release|embargo(?:ed)?\\s*(?::|until\\b|till\\b).*)$",
            Pattern.CASE_INSENSITIVE);
    // a line under the title that underlines it, as Markdown's setext headings and plain-text reports do
    private static final Pattern UNDERLINE = Pattern.compile("^(?:=+|-+)$");
    // a first line this long that ends a sentence is the text's first paragraph, not its title
    private static final int LONGEST_TITLE_SENTENCE = 100;
    private static final int LONGEST_DATE_LINE = 80;
    private static final Pattern RELATED_MARKER = Pattern.compile(
            "^Related (article|articles|live-story|video|content|stories|story)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROPPED_LINE = Pattern.compile(
            "^(Read more:.*|Leave a Comment)$", Pattern.CASE_INSENSITIVE);

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        List<String> lines = text.lines().map(String::strip).toList();
        int i = nextText(lines, 0);
        MailHeaders mail = MailHeaders.at(lines, i);
        if (mail != null) {
            int start = nextText(lines, mail.end());
            String body = start < lines.size() ? body(lines.subList(start, lines.size())) : "";
            out.add(new ArticleCollector.Fields(mail.subject(), body, null, null, mail.from(), mail.date(), null),
                    ArticleCollector.RecordLocation.document());
            return out.result();
        }
        if (i < lines.size() && lines.get(i).length() < LONGEST_DATE_LINE
                && RELEASE_LABEL.matcher(lines.get(i)).matches() && nextText(lines, i + 1) < lines.size()) {
            i = nextText(lines, i + 1);
        }
        if (i < lines.size() && isParagraph(lines, i)) {
            // no title line: the collector titles the text by its first sentence
            out.add(new ArticleCollector.Fields(null, body(lines.subList(i, lines.size())), null, null, null, null,
                    null), ArticleCollector.RecordLocation.document());
            return out.result();
        }
        String titleLine = lines.get(i);
        Matcher suffix = PUBLISHER_SUFFIX.matcher(titleLine);
        boolean published = mayNamePublisher(titleLine) && suffix.matches();
        String title = published ? suffix.group(1).strip() : titleLine;
        String source = published ? suffix.group(2) : null;
        String author = null;

        i = nextText(lines, i + 1);
        if (i < lines.size() && (lines.get(i).equals(titleLine) || lines.get(i).equals(title)
                || UNDERLINE.matcher(lines.get(i)).matches() && lines.get(i).length() >= 3)) {
            i = nextText(lines, i + 1);
        }
        Optional<String> declaredSource = group(SOURCE_LINE, "Source:", lines, i);
        if (declaredSource.isPresent()) {
            source = declaredSource.get();
            i = nextText(lines, i + 1);
        }
        Instant date = dateLine(lines, i);
        i = date == null ? i : nextText(lines, i + 1);
        Optional<String> byline = byline(lines, i);
        if (byline.isPresent()) {
            author = byline.get();
            i = nextText(lines, i + 1);
        }
        if (date == null) {
            date = dateLine(lines, i);
            i = date == null ? i : nextText(lines, i + 1);
        }
        String body = i < lines.size() ? body(lines.subList(i, lines.size())) : "";
        out.add(new ArticleCollector.Fields(title, body, source, null, author, date, null),
                ArticleCollector.RecordLocation.document());
        return out.result();
    }

    /** The name on a byline line at {@code i}: "By Name", "By: Name, Role", "Von Name und Name" … */
    private static Optional<String> byline(List<String> lines, int i) {
        return group(BYLINE, "By", lines, i).or(() -> group(BYLINE_WITH_ROLE, "By", lines, i))
                .or(() -> otherByline(lines, i));
    }

    /** "Von Name", "Av Name och Name": as its language writes a byline ({@link ByWords#opens}). */
    private static Optional<String> otherByline(List<String> lines, int i) {
        if (i >= lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(i);
        Matcher m = OTHER_BYLINE.matcher(line);
        return m.matches() && ByWords.opens(line.substring(0, m.start(1)), m.group(1), line.substring(m.end(1)))
                ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /**
     * Whether the line at {@code i} is a paragraph of the text rather than a title: long, and ending a sentence, as a
     * headline does not, and no byline, source or date line under it (a long headline with a full stop has them).
     */
    private static boolean isParagraph(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.length() <= LONGEST_TITLE_SENTENCE
                || !(line.endsWith(".") || line.endsWith(".\"") || line.endsWith(".”"))) {
            return false;
        }
        int next = nextText(lines, i + 1);
        return next >= lines.size() || byline(lines, next).isEmpty() && dateLine(lines, next) == null
                && group(SOURCE_LINE, "Source:", lines, next).isEmpty();
    }

    /**
     * The date a line over the text is, whole ("March 12, 2024 2:30 PM GMT", "Published: 12 March 2024"), as a page
     * saved as text keeps its date line; null when the line is no date (or there is none).
     */
    private static Instant dateLine(List<String> lines, int i) {
        if (i >= lines.size() || lines.get(i).length() > LONGEST_DATE_LINE) {
            return null;
        }
        return Dates.parse(lines.get(i)).orElse(null);
    }

    private static String body(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean dropTeaser = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(paragraph, paragraphs);
            } else if (startsWithIgnoringCase(line, "Related ") && RELATED_MARKER.matcher(line).matches()) {
                flush(paragraph, paragraphs);
                dropTeaser = true;
            } else if (dropTeaser) {
                dropTeaser = false;
            } else if (!(mayBeDropped(line) && DROPPED_LINE.matcher(line).matches())) {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line);
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /**
     * Whether {@link #PUBLISHER_SUFFIX} can match: the line has a dash and is short enough. Most titles have no dash,
     * and the pattern walks the whole line back from its end for one.
     */
    private static boolean mayNamePublisher(String line) {
        return line.length() <= MAX_TITLE_LINE
                && (line.indexOf('-') >= 0 || line.indexOf('\u2013') >= 0 || line.indexOf('\u2014') >= 0);
    }

    /** Whether {@link #DROPPED_LINE} can match; its every alternative's start, as a cheaper test first. */
    private static boolean mayBeDropped(String line) {
        return startsWithIgnoringCase(line, "Read more:") || startsWithIgnoringCase(line, "Leave a Comment");
    }

    /**
     * Whether the line starts with {@code prefix} in any case: true for every line a case-insensitive pattern
     * starting with that prefix matches (and a few more, the pattern then decides), so it can be asked first.
     */
    private static boolean startsWithIgnoringCase(String line, String prefix) {
        return line.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** @param prefix how every line {@code pattern} matches starts (in any case, when the pattern ignores case) */
    private static Optional<String> group(Pattern pattern, String prefix, List<String> lines, int i) {
        if (i >= lines.size() || !startsWithIgnoringCase(lines.get(i), prefix)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(lines.get(i));
        return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static int nextText(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }
}
