package dev.newsflow.enrich.cli.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, source and body of a plain-text article in the corpus layouts: the title on the first line, then the body
 * after a blank line; web copies append " – Publisher" to the title, may repeat the title and may carry a
 * "Source: Publisher" line before the body. A stop-gap until the ingest side's format readers are wired in.
 */
final class TextArticleParser {

    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)source:\\s*(.+)");
    private static final Pattern PUBLISHER_SUFFIX = Pattern.compile("\\s+[\u2013\u2014|]\\s+(\\p{Lu}[^\u2013\u2014|]{0,40})$");
    private static final int HEADER_LINES = 6;

    ParsedText parse(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int first = nextNonBlank(lines, 0);
        if (first >= lines.size()) {
            throw new IllegalArgumentException("the file has no text");
        }
        String title = lines.get(first).strip();
        String source = null;
        int bodyStart = first + 1;
        for (int i = nextNonBlank(lines, bodyStart); i < lines.size() && i <= first + HEADER_LINES; i = nextNonBlank(lines, i + 1)) {
            String line = lines.get(i).strip();
            Matcher sourceLine = SOURCE_LINE.matcher(line);
            if (line.equals(title)) {
                bodyStart = i + 1;
            } else if (sourceLine.matches() && line.length() < 60) {
                source = sourceLine.group(1).strip();
                bodyStart = i + 1;
            } else {
                break;
            }
        }
        Matcher suffix = PUBLISHER_SUFFIX.matcher(title);
        if (suffix.find() && (source == null || suffix.group(1).strip().equalsIgnoreCase(source))) {
            source = suffix.group(1).strip();
            title = title.substring(0, suffix.start()).strip();
        }
        String body = String.join("\n", lines.subList(Math.min(bodyStart, lines.size()), lines.size())).strip();
        return new ParsedText(title, body, source);
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** @param source the publisher when the layout names one, else null */
    record ParsedText(String title, String body, String source) {
    }
}
