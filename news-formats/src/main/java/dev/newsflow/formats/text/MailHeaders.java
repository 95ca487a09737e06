package dev.newsflow.formats.text;

import dev.newsflow.formats.dates.Dates;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail saved as text (a press release sent to the desk, a forwarded newsletter): its header lines, from the first
 * line or after a mail program's "Forwarded message" line, up to the blank line before the text. The subject is the
 * title (without {@code Fwd:}, {@code Re:}), the sender's name the author, the date the published date.
 *
 * @param subject the title, never null
 * @param end     the index of the first line after the headers
 */
record MailHeaders(String subject, String from, Instant date, int end) {

    // a header as mail writes it; "Sent" and "Cc" as Outlook's and others' replies quote them
    private static final Pattern HEADER = Pattern.compile("^(From|To|Cc|Date|Sent|Subject|Reply-To):\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARDED = Pattern.compile("^-+\\s*(?:Forwarded|Original) message\\s*-+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?:(?:fwd?|re|aw|wg|tr)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    // "Ines Roth <ines@harbour.example>", "\"Roth, Ines\" <…>": the name before the address
    private static final Pattern NAMED_ADDRESS = Pattern.compile("^\"?([^\"<]+?)\"?\\s*<[^>]+>$");
    // "Tue, Mar 12, 2024 at 2:30 PM": Gmail's date in a forwarded message
    private static final Pattern AT = Pattern.compile("\\s+at\\s+(?=\\d)");

    /** The headers opening the text at line {@code i}, or null when there are none (two at least, one a subject). */
    static MailHeaders at(List<String> lines, int i) {
        int line = i < lines.size() && FORWARDED.matcher(lines.get(i)).matches() ? i + 1 : i;
        String subject = null;
        String from = null;
        Instant date = null;
        int headers = 0;
        for (; line < lines.size() && !lines.get(line).isEmpty(); line++) {
            Matcher header = HEADER.matcher(lines.get(line));
            if (!header.matches()) {
                return null; // text before a blank line: no mail's headers
            }
            headers++;
            String value = header.group(2).strip();
            switch (header.group(1).toLowerCase(Locale.ROOT)) {
                case "subject" -> subject = REPLY_PREFIX.matcher(value).replaceFirst("").strip();
                case "from" -> from = name(value);
                case "date", "sent" -> date = date != null ? date
                        : Dates.parse(AT.matcher(value).replaceFirst(" ")).orElse(null);
                default -> {
                    // addressees name no one the article is by
                }
            }
        }
        return headers >= 2 && subject != null && !subject.isEmpty() ? new MailHeaders(subject, from, date, line)
                : null;
    }

    private static String name(String from) {
        Matcher named = NAMED_ADDRESS.matcher(from);
        return named.matches() ? named.group(1).strip() : from.contains("@") ? null : from;
    }
}
