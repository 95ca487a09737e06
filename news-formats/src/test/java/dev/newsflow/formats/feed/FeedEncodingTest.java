package dev.newsflow.formats.feed;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** XML feeds in every encoding the XML specification allows, told by BOM, byte pattern or prolog. */
class FeedEncodingTest {

    private static final String TITLE = "Fährverbindung nach Øland: „Café“ öffnet – 5 €";

    private static String feed(String encodingLabel) {
        return "<?xml version=\"1.0\" encoding=\"" + encodingLabel + "\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Küstenbote</title><item><title>" + TITLE + "</title>"
                + "<description>Die Fähre fährt ab Mai täglich.</description></item></channel></rss>";
    }

    private static byte[] bytes(String bom, String text, String charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex(bom));
        out.writeBytes(text.getBytes(Charset.forName(charset)));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{2} with BOM ''{1}''")
    @CsvSource(textBlock = """
            UTF-8,    '',       UTF-8
            UTF-8,    efbbbf,   UTF-8
            UTF-16,   fffe,     UTF-16LE
            UTF-16,   feff,     UTF-16BE
            UTF-16,   '',       UTF-16LE
            UTF-16,   '',       UTF-16BE
            UTF-32,   fffe0000, UTF-32LE
            UTF-32,   0000feff, UTF-32BE
            UTF-32,   '',       UTF-32LE
            UTF-32,   '',       UTF-32BE
            """)
    void unicodeFeedsReadWithAndWithoutByteOrderMark(String declared, String bom, String charset) {
        FormatResult result = Fixtures.FORMATS.read("feed.rss", bytes(bom, feed(declared), charset));

        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo(TITLE);
            assertThat(article.source()).isEqualTo("Küstenbote");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aFeedWithoutDeclarationOrByteOrderMarkMayOpenWithWhiteSpace(String charset) {
        String rss = feed("UTF-8").substring(feed("UTF-8").indexOf("<rss"));

        FormatResult result = Fixtures.FORMATS.read("feed.rss", bytes("", "\n  \r\n\t" + rss, charset));

        assertThat(result.articles()).singleElement().satisfies(article -> assertThat(article.title()).isEqualTo(TITLE));
    }

    @ParameterizedTest(name = "{0} named only in the prolog")
    @CsvSource({"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void anAtomFeedWithoutByteOrderMarkGivesItsTextAndItsXmlLang(String charset) {
        String atom = "<?xml version=\"1.0\" encoding=\"" + charset.substring(0, 6) + "\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de-AT\"><title>Küstenbote</title>"
                + "<entry><title>" + TITLE + "</title><published>2026-05-04T08:15:00Z</published>"
                + "<content type=\"html\">&lt;p&gt;Die Fähre fährt ab Mai täglich.&lt;/p&gt;</content></entry></feed>";

        ParsedArticle entry = Fixtures.FORMATS.read("feed.atom", bytes("", atom, charset)).articles().getFirst();

        assertThat(entry.title()).isEqualTo(TITLE);
        assertThat(entry.body()).isEqualTo("Die Fähre fährt ab Mai täglich.");
        assertThat(entry.language()).isEqualTo("de");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ISO-8859-1", "windows-1252", "ISO-8859-15"})
    void aLegacyEncodingNamedOnlyInTheProlog(String charset) {
        String latinFeed = feed(charset).replace("„", "\"").replace("“", "\"").replace("–", "-").replace("€", "EUR");

        ParsedArticle article = Fixtures.FORMATS.read("feed.xml", bytes("", latinFeed, charset)).articles().getFirst();

        assertThat(article.title()).isEqualTo("Fährverbindung nach Øland: \"Café\" öffnet - 5 EUR");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"windows-1251, windows_1251, Паром на остров начнёт ходить в мае",
            "ISO-8859-2, iso_8859_2, Přívoz na ostrov začne jezdit v květnu"})
    void anEncodingNamedWithUnderscoresInTheProlog(String charset, String label, String title) {
        String feed = feed(label).replace(TITLE, title);

        ParsedArticle article = Fixtures.FORMATS.read("feed.rss", bytes("", feed, charset)).articles().getFirst();

        assertThat(article.title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " | ", textBlock = """
            x-MacRoman | x-mac-roman | “Café” on the quay opens • today
            windows-1254 | iso_8859_9 | Feribot “yarın” sabah kalkıyor
            GB18030 | gb2312 | 朱镕基访问香港
            ISO-2022-JP | iso-2022-jp | 市議会が新しい橋の建設計画を承認
            """)
    void aPrologLabelIsReadAsBrowsersReadIt(String charset, String label, String title) {
        String feed = feed(label).replace(TITLE, title);

        ParsedArticle article = Fixtures.FORMATS.read("feed.rss", bytes("", feed, charset)).articles().getFirst();

        assertThat(article.title()).isEqualTo(title);
    }

    @Test
    void anEbcdicFeedIsToldByItsPrologBytes() {
        String feed = feed("IBM037").replace(TITLE, "Fährverbindung nach Øland öffnet");

        ParsedArticle article = Fixtures.FORMATS.read("feed.xml", bytes("", feed, "IBM037")).articles().getFirst();

        assertThat(article.title()).isEqualTo("Fährverbindung nach Øland öffnet");
    }

    @Test
    void aCyrillicFeedNamedInThePrologIsNotReadAsWestern() {
        String feed = feed("KOI8-R").replace(TITLE, "Паром на остров начнёт ходить в мае");

        ParsedArticle article = Fixtures.FORMATS.read("feed.rss", bytes("", feed, "KOI8-R")).articles().getFirst();

        assertThat(article.title()).isEqualTo("Паром на остров начнёт ходить в мае");
    }

    @Test
    void aRealBinaryFileStillFailsAsBinary() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        byte[] png = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452");
        System.arraycopy(png, 0, binary, 0, png.length);

        assertThatThrownBy(() -> Fixtures.FORMATS.read("feed.xml", binary))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("binary data")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.BINARY);
    }

    @Test
    void binaryDataBehindAUtf16ByteOrderMarkIsStillBinary() {
        byte[] binary = new byte[4096];
        new Random(11).nextBytes(binary);
        binary[0] = (byte) 0xFF;
        binary[1] = (byte) 0xFE;

        assertThatThrownBy(() -> Fixtures.FORMATS.read("feed.xml", binary))
                .isInstanceOf(FormatException.class)
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.BINARY);
    }
}
