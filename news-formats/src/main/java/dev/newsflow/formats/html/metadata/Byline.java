package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import dev.newsflow.formats.text.ByWords;
import dev.newsflow.formats.text.Spaces;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a byline looks like in a page's markup, for both sides of reading: {@link PageMetadata} takes the author's
 * name from it, the main text's cleaning (html.ContentCleaning) keeps it out of the article's text. A byline is short
 * ({@value #MAX_LENGTH} characters at most) and is marked by {@code rel=author}, {@code itemprop=author}, a class or
 * id naming it ({@code byline}, {@code author}, {@code dateline}, {@code writtenby}), or, unmarked, is a line of its
 * own that reads "By Firstname Lastname".
 */
public final class Byline {

    public static final int MAX_LENGTH = 100;
    /**
     * Paragraphs of prose (over {@link #MAX_LENGTH}) after which the article's text has begun, for an unmarked
     * "Written by" line ({@link #nameOnLine(String, boolean)}): a standfirst may stand over the byline.
     */
    public static final int TEXT_BEGINS_AFTER = 2;

    // "author" but not "authorization", "authority" or "authorised": a log-in box is no byline; and the word in the
    // other languages news is read in: autor(in, en, es, e), auteur(s), verfasser, forfatter, författare, yazar,
    // penulis, but not "autoresize", "autorefresh", "autorotate" or the French "hauteur"
    private static final String BYLINE_WORDS = "byline|author(?!i[szt])|writtenby"
            + "|(?<![a-z])autor(?:in|en|es|e)?(?![a-z])|(?<![a-z])auteur|verfasser|forfatter|författare|yazar|penulis";
    private static final Alternatives BYLINE_OR_AUTHOR = Alternatives.of(BYLINE_WORDS);
    private static final Alternatives MARKUP_WORDS = Alternatives.of(BYLINE_WORDS + "|dateline");
    private static final Pattern AUTHOR_TOKEN = Pattern.compile("(?i)(?:^|\\s)author(?:$|\\s)");
    // "author" and "authors" in the languages news is read in, each as the label over one name or over several:
    // Autor, Autorin, Autoren, Autorinnen; autor, autora, autores, autoras; autore, autrice, autori; autor, autorka,
    // autorzy, autoři; auteur(s); forfatter(e); författare; автор(ы)
    private static final String AUTHOR_LABELS = "authors?|autor(?:in|innen|en|es|as|a|e|i|ka|ki|zy)?|autoři"
            + "|autrice|auteurs?|forfattere?|författare|автор(?:ы)?";
    // what "by" follows on a line that opens a byline: the way it was written, or the kind of piece ("Guest post by":
    // the name is the writer's alone); "Opinion by" only in an element marked as the byline, as a chart's heading
    // over the text reads "Opinion by Age Group"
    private static final String OPENING_WORDS = "written|words|story|reported|(?:a\\s+)?guest\\s+post";
    // "Author" is a label only with its colon: "Authors Guild" is a name; so are "Text:" and "Автор:"; "Story and
    // photos by" credits one person with both
    // the other languages' "by" (ByWords) only before a whole name: "di Paola Rinaldi", but "Di Stefano", "Di Maio"
    // are surnames
    private static final Pattern PREFIX = Pattern.compile(
            "^(?i:(?:" + OPENING_WORDS + "|opinion|posted|updated|text|submitted)"
                    + "(?:\\s+(?:and|&)\\s+(?:photos?|photographs|photography|pictures|images))?\\s+by|by)\\s*:?\\s+"
                    + "|^(?i:" + ByWords.ALTERNATIVES + ")\\s*:?\\s+(?=\\S+\\s+\\S)"
                    + "|^(?iu:" + AUTHOR_LABELS + "|verfasser(?:in)?|text|texte|tekst|penulis|yazar(?:lar)?)\\s*:\\s*");
    // what joins a name to the date after it: punctuation, "on"/"at" and their French, German, Dutch, Portuguese,
    // Spanish and Italian words, a weekday ("By Ines Roth, Mon 4 May 2026")
    private static final Pattern BEFORE_DATE = Pattern.compile("(?:[\\s,;:.|•·—–-]+|\\s+(?i:on|at|le|am|op|em|el|il"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "\\b)+$");
    static final Pattern DATE_LABEL = Pattern.compile("(?i)\\b(?:updated|published|posted|modified|created|date)$");
    private static final int LONGEST_DATE = 48;
    // a label alone: a menu's item for the authors' pages, a template's empty name field
    private static final Pattern LABEL = Pattern.compile("(?iu)" + AUTHOR_LABELS);
    // a date's label in a box a class calls the author's (WordPress's "meta-prep-author": "Posted on")
    private static final Pattern DATE_LABEL_ALONE = Pattern.compile(
            "(?i)(?:posted|published|updated|modified|created|submitted)(?:\\s+(?:on|at|in))?\\s*:?");
    // "9:39AM BST 05 Oct 2026": a clock time before a date is no name
    private static final Pattern CLOCK_TIME = Pattern.compile("^\\d{1,2}[:.]\\d{2}(?!\\d)");
    // an icon before the byline's "By" (a person symbol with its joiners and variation selectors, a bullet, a bar)
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{M}\\p{Cf}•·|\\s]+");
    // By Ines Roth / By INES ROTH and OLA BERG / By Ines Roth, Port reporter / By Ines Roth | 4 May 2026
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String NAMES_AND_END = "(" + NAME + "(?:\\s+(?:" + NAME
            + "|(?i:and|&|de|van|von|der|da|di|le|la)))*\\s+" + NAME + ")(?:$|\\s*[,|•·—–-]|\\s+(?:\\d|on\\s))";
    private static final Pattern BY_NAME = Pattern.compile("^(?i:by)\\s+" + NAMES_AND_END);
    // Written by Ines Roth / Story by Ines Roth / Guest post by Ines Roth: only over the text, where a review's credits
    // ("Written by" a film's writers, "Words by" a song's) do not stand
    private static final Pattern OPENING_BY_NAME = Pattern.compile("^(?i:" + OPENING_WORDS + ")\\s+(?i:by)\\s+"
            + NAMES_AND_END);
    // "Von Ines Roth", "Par Ines Roth": over the text too, and only a line that is the name alone (or with a detail
    // after a bar), as German capitalises its nouns ("Von Seiten der Regierung, ...") and "Par For The Course" is a
    // subheading
    // Writers are joined by the language's "and", lower-case (ByWords), each a full name of two words or more, after
    // a by-word as after a label: "Par Ines Roth et Ola Berg", "Von … und …", "Av … og …", "Autor: … i …";
    // "Von Mäusen und Menschen", "Por Tierra y Mar" are phrases in title case, not two people
    private static final String FULL_NAME = NAME + "(?:\\s+(?:" + NAME + "|(?i:de|van|von|der|da|di|le|la)))*\\s+"
            + NAME;
    private static final String FULL_NAMES = FULL_NAME + "(?:\\s+(?:" + ByWords.AND_ALTERNATIVES + ")\\s+" + FULL_NAME
            + ")*";
    private static final Pattern OTHER_BY_NAME = Pattern.compile("^(?i:" + ByWords.ALTERNATIVES + ")\\s+(" + FULL_NAMES
            + ")(?:$|\\s+[|•·—–]\\s)");
    // "Autor: Anna Kowalska", "Author: Ines Roth", "Text: Jana Döring | Fotos: …": a label and full names, over the
    // text too, as papers write the line without a class
    private static final String NAME_LABELS = AUTHOR_LABELS + "|verfasser(?:in)?|text|texte|tekst";
    // after a bar only the pictures' credit: "Text: Bertolt Brecht | Musik: Kurt Weill" is a play's
    private static final Pattern LABELLED_NAME = Pattern.compile("^(?iu:" + NAME_LABELS + ")\\s*:\\s*(" + FULL_NAMES
            + ")(?:$|\\s+[|•·—–]\\s+(?iu:fotos?|photos?|pictures|bilder|bild|beeld|fotografie|fotografía"
            + "|illustrations?|grafik)\\s*:)");
    // a line of a fact box ("Verlag: Luchterhand", "Seiten: 640"): one word, a colon and its value
    private static final Pattern FACT_LINE = Pattern.compile("^\\s*\\p{L}+\\s*:\\s*\\S");
    // the words that open such a line: "by" and the others; a label only before its colon
    private static final Set<String> LINE_OPENERS = Stream.concat(Stream.of("by", "written", "words", "story",
            "reported", "a", "guest"), ByWords.WORDS.stream().map(words -> words.split(" ")[0]))
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern LABEL_OPENER = Pattern.compile("(?iu)" + NAME_LABELS);
    private static final int LONGEST_OPENER = 11;
    private Byline() {
    }

    /** {@code rel=author} or {@code itemprop=author}: the page says outright that this names the author. */
    public static boolean isDeclared(Element element) {
        return hasAuthorToken(element.attr("rel")) || hasAuthorToken(element.attr("itemprop"));
    }

    /** No matcher for the empty value most elements have: this is asked of every element of an article. */
    private static boolean hasAuthorToken(String value) {
        return !value.isEmpty() && AUTHOR_TOKEN.matcher(value).find();
    }

    /** A class or id that names a byline (already lower-cased, as {@link ClassAndId#of} gives it). */
    public static boolean isNamedByClass(String classAndId) {
        return !classAndId.isEmpty() && MARKUP_WORDS.in(classAndId);
    }

    /** The name on an unmarked "By Ines Roth" line, or null when the text is not such a line. */
    public static String nameOnLine(String text) {
        return nameOnLine(text, false);
    }

    /**
     * The name on an unmarked line that names the writer, or null: "By Ines Roth" anywhere, and over the text also
     * "Written by Ines Roth", "Story by …", "Words by …", "Reported by …", "Guest post by …", a line that is only
     * another language's "by" ({@link ByWords}: "Von", "Av" …) and names, and one that is only a label and names
     * ("Autor: Anna Kowalska"); not a desk after either ("Autor: Redaktion Berlin", "A cura di Redazione Online").
     *
     * @param overTheText whether the line comes before the article's text has begun
     */
    public static String nameOnLine(String text, boolean overTheText) {
        if (text.length() > MAX_LENGTH || text.length() < 6) {
            return null;
        }
        String line = text.strip();
        for (Pattern form : overTheText ? List.of(BY_NAME, OPENING_BY_NAME, OTHER_BY_NAME, LABELLED_NAME)
                : List.of(BY_NAME)) {
            Matcher m = form.matcher(line);
            if (m.find() && (form != LABELLED_NAME || !ByWords.isDesk(m.group(1))) && (form != OTHER_BY_NAME
                    || ByWords.opens(line.substring(0, m.start(1)), m.group(1), line.substring(m.end(1))))) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Cheap test before {@link #nameOnLine}, asked of every element of the article: its first text starts with a word
     * that opens a byline ("by", "written", "von" ...) or a label for the author ("Autor:"). Reads the raw text node
     * in place (no normalised copy of what may be a whole paragraph).
     */
    public static boolean mayOpen(Element element) {
        if (!(element.firstChild() instanceof TextNode first)) {
            return false;
        }
        String text = first.getWholeText();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && end - start <= LONGEST_OPENER && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == start || end - start > LONGEST_OPENER || end >= text.length()) {
            return false;
        }
        String word = text.substring(start, end);
        return Character.isWhitespace(text.charAt(end)) && LINE_OPENERS.contains(word.toLowerCase(Locale.ROOT))
                || (text.charAt(end) == ':' || Character.isWhitespace(text.charAt(end)))
                && LABEL_OPENER.matcher(word).matches() && !inFactBox(element);
    }

    /**
     * A line among others of a book's, a play's or a record's facts: "Autor: Juli Zeh" over "Verlag: …". Not beside
     * a labelled date, which makes it a byline's row ("Autor: Anna Kowalska · Opublikowano: 5 marca 2024").
     */
    private static boolean inFactBox(Element element) {
        return isFactLine(element.previousElementSibling()) || isFactLine(element.nextElementSibling());
    }

    private static boolean isFactLine(Element line) {
        return line != null && FACT_LINE.matcher(line.text()).find() && DateInText.in(line.text()) == null;
    }

    /** Without what joined the name to a date that went: "by Ines Roth on", "Ines Roth,", "By Ines Roth posted". */
    static String withoutDateJoiner(String text) {
        String joined = BEFORE_DATE.matcher(text).replaceFirst("");
        return BEFORE_DATE.matcher(DATE_LABEL.matcher(joined).replaceFirst("")).replaceFirst("");
    }

    /** Marked as a dateline and not as a byline: it gives a place and a date, an author only now and then. */
    static boolean isDateline(Element element) {
        String classAndId = ClassAndId.of(element);
        return classAndId.contains("dateline") && !BYLINE_OR_AUTHOR.in(classAndId);
    }

    /**
     * "By Ines Roth<br>May 4, 2026", "By Ines Roth on May 4, 2026" and "Ines Roth, 4 May 2026" give the name: a date
     * at the end, written out, on a line of its own or joined by a comma, "on" or nothing, is no part of it. When what
     * comes before the date is no name (a label such as "Last updated", one word, a clock time, or a dateline's place),
     * only the date is returned, which the caller knows for no byline. Only the text's last {@value #LONGEST_DATE}
     * characters are tried as a date (each try parses), so a long text costs a few tries at most.
     */
    static String withoutTrailingDate(String text, boolean dateline) {
        if (text.length() > MAX_LENGTH || !containsDigit(text) || Dates.parse(text).isPresent()) {
            return text;
        }
        for (int space = text.indexOf(' ', Math.max(0, text.length() - LONGEST_DATE)); space > 0;
                space = text.indexOf(' ', space + 1)) {
            String date = text.substring(space + 1);
            if (Dates.parse(date).isPresent()) {
                String rest = BEFORE_DATE.matcher(text.substring(0, space)).replaceFirst("");
                boolean noName = dateline && !PREFIX.matcher(rest).find() || rest.indexOf(' ') < 0
                        || DATE_LABEL.matcher(rest).find() || CLOCK_TIME.matcher(rest).find();
                return noName ? date : rest;
            }
        }
        return text;
    }

    static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a byline's text has a name left once its "By" goes: a template whose name field is empty writes "By"
     * alone (or "By" as the name), a comment counter in a byline box writes a number, and a menu's item for the
     * authors' pages says "Authors". What is left may itself start like a prefix without being one: "Di Maio" is a
     * name.
     */
    static boolean hasName(String text) {
        String rest = withoutPrefix(text);
        return rest.codePoints().anyMatch(c -> Character.isLetter(c) && DATE_SIGNS.indexOf(c) < 0)
                && !PREFIX.matcher(rest + " ").matches()
                && !LABEL.matcher(rest).matches() && !DATE_LABEL_ALONE.matcher(rest).matches();
    }

    // the letters Chinese, Japanese and Korean dates and times are written with (2024年3月12日 10時30分, 오후): a line of
    // them and digits is a date, not a name
    private static final String DATE_SIGNS = "年月日時时分秒午前後后년월일시분초오전후";

    static boolean isShort(String text) {
        return !text.isEmpty() && text.length() < MAX_LENGTH;
    }

    /** "By: Ines Roth", "von Ines Roth" and "👤 by Ines Roth" give "Ines Roth". */
    static String withoutPrefix(String byline) {
        if (byline == null) {
            return null;
        }
        String text = LEADING_SYMBOLS.matcher(Spaces.collapsed(byline).strip()).replaceFirst("");
        return PREFIX.matcher(text).replaceFirst("");
    }
}
