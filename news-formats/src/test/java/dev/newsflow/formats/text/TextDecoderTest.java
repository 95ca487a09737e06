package dev.newsflow.formats.text;

import dev.newsflow.formats.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private static final String TEXT = "Café “opens” – 5 €\nSecond line";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(plain)).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain))).isEqualTo(TEXT);
    }

    @Test
    void utf16WithBomInBothByteOrders() {
        assertThat(TextDecoder.decode(concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(TEXT);
        assertThat(TextDecoder.decode(concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(TEXT);
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] legacy = TEXT.getBytes(Charset.forName("windows-1252"));

        assertThat(TextDecoder.decode(legacy)).isEqualTo(TEXT);
    }

    @Test
    void utf8WithAStrayWindows1252QuoteKeepsBoth() {
        byte[] utf8 = "Zoë runs the café on the quay. It".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "s open all winter, Zoë said.".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[utf8.length + 1 + rest.length];
        System.arraycopy(utf8, 0, text, 0, utf8.length);
        text[utf8.length] = (byte) 0x92; // a windows-1252 apostrophe pasted into UTF-8 text
        System.arraycopy(rest, 0, text, utf8.length + 1, rest.length);

        assertThat(TextDecoder.decode(text)).isEqualTo("Zoë runs the café on the quay. It’s open all winter, Zoë said.");
    }

    @Test
    void legacyTextWithOneCharacterThatLooksLikeUtf8IsStillLegacy() {
        // windows-1252 "café crème" and "£" written as C2 A3, valid UTF-8 for "£" by accident, beside many stray bytes
        byte[] text = "Le café crème coûte 2 € près du quai, à côté de l'église. Â£".getBytes(Charset.forName("windows-1252"));

        assertThat(TextDecoder.decode(text)).isEqualTo("Le café crème coûte 2 € près du quai, à côté de l'église. Â£");
    }

    @Test
    void htmlDeclaringItsCharsetIsReadInIt() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Новости дня</p></body></html>";

        assertThat(TextDecoder.decode(page.getBytes(Charset.forName("windows-1251")))).isEqualTo(page);
    }

    /** The page's bytes are in the encoding browsers read the label as; the JDK's charset of that name is stricter. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", textBlock = """
            gb2312 | GBK | 朱镕基访问香港
            shift_jis | windows-31j | ①番線の電車が遅れています
            euc-kr | x-windows-949 | 똠방각하 공연이 열린다
            big5 | Big5-HKSCS | 佢哋嘅新屋今日開幕
            iso-8859-9 | windows-1254 | “Türkçe” haberler – güncel
            macintosh | x-MacRoman | “Café” • crème brûlée
            x-mac-roman | x-MacRoman | “Café” • crème brûlée
            x-cp1252 | windows-1252 | “Café” – 5 €
            ks_c_5601-1989 | x-windows-949 | 서울 시의회가 예산을 승인했다
            """)
    void aDeclaredLabelIsReadAsBrowsersReadIt(String label, String bytesIn, String text) {
        String page = "<html><head><meta charset=\"" + label + "\"></head><body><p>" + text + "</p></body></html>";

        assertThat(TextDecoder.decode(page.getBytes(Charset.forName(bytesIn)))).isEqualTo(page);
    }

    @Test
    void aPageDeclaringIso2022JpIsReadInItThoughItsBytesAreSevenBit() {
        String page = "<html><head><meta charset=\"iso-2022-jp\"></head><body><p>市議会は新しい橋の建設計画を承認した。"
                + "</p></body></html>";

        assertThat(TextDecoder.decode(page.getBytes(Charset.forName("ISO-2022-JP")))).isEqualTo(page);
    }

    @Test
    void aUtf8PageWithAStaleIso2022DeclarationAndAnAnsiColourCodeStaysUtf8() {
        String page = "<html><head><meta charset=\"iso-2022-jp\"></head><body><p>Café — 市議会</p>"
                + "<pre>\u001B[31mERROR\u001B[0m build failed</pre></body></html>";

        assertThat(TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(page);
    }

    @Test
    void undeclaredTextThatIsNeitherUtf8NorWesternIsDetected() {
        String russian = "Городской совет утвердил новый план строительства моста через реку. "
                + "Работы начнутся весной и продлятся два года, сообщили в администрации.";
        String japanese = "市議会は月曜日、川に架かる新しい橋の建設計画を承認した。工事は春に始まり、二年間続く予定だ。";

        assertThat(TextDecoder.decode(russian.getBytes(Charset.forName("windows-1251")))).isEqualTo(russian);
        assertThat(TextDecoder.decode(japanese.getBytes(Charset.forName("Shift_JIS")))).isEqualTo(japanese);
    }

    @Test
    void normalisesToNfcAndUnixLineEnds() {
        String decomposedCrlf = "Cafe\u0301 news\r\nline two\rline three";

        assertThat(TextDecoder.decode(decomposedCrlf.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Café news\nline two\nline three");
    }

    @Test
    void utf8ControlCharactersCountTheSameWhereverTheyStand() {
        // UTF-8 pages are checked on their bytes: C0 controls, DEL and C1 controls (two bytes in UTF-8) still count,
        // at any offset (the check goes eight bytes at a time), next to accents, dashes and quotes
        String prose = "The café’s “long” night – and a 10 km ride, said Ana Lindqvist. ".repeat(40);
        for (String control : new String[]{"\u0001", "\u007F", "\u0085"}) {
            String noisy = prose.replace("ride", "ride" + control.repeat(4));
            assertThatThrownBy(() -> TextDecoder.decode(noisy.getBytes(StandardCharsets.UTF_8)))
                    .as("control %04x", (int) control.charAt(0))
                    .isInstanceOf(FormatException.class).hasMessageContaining("binary");
            String rare = prose + control;
            assertThat(TextDecoder.decode(rare.getBytes(StandardCharsets.UTF_8))).isEqualTo(rare);
        }
        String nulLate = prose + "x\u0000";
        assertThatThrownBy(() -> TextDecoder.decode(nulLate.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("binary");
    }

    @Test
    void utf8WithCombiningMarksOrUnassignedCharactersIsStillCheckedCharByChar() {
        String decomposed = "Cafe\u0301 opens – on time. ".repeat(20);
        assertThat(TextDecoder.decode(decomposed.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Café opens – on time. ".repeat(20));
        String privateUse = "Text \uE000\uE001\uE002 ".repeat(20);
        assertThatThrownBy(() -> TextDecoder.decode(privateUse.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("binary");
    }

    @Test
    void utf8CutInsideACharacterIsStillRead() {
        // a file cut short (a download or a copy that stopped) ends inside a character of two or three bytes
        String prose = "Caf\u00e9 opens \u2013 on time, said Ana. ".repeat(20);
        byte[] whole = (prose + "Caf\u00e9 \u2013").getBytes(StandardCharsets.UTF_8);

        for (int cut : new int[]{whole.length - 1, whole.length - 2, whole.length - 5}) {
            assertThat(TextDecoder.decode(java.util.Arrays.copyOf(whole, cut))).as("cut at %d", cut)
                    .startsWith("Caf\u00e9 opens \u2013 on time").hasSizeGreaterThanOrEqualTo(prose.length());
        }
    }

    @Test
    void windowsLineEndsReadAsLineFeedsInPiecesOfAnySize() throws java.io.IOException {
        // a page saved on Windows is read from its bytes: CR LF and a lone CR are one LF wherever the parser's
        // pieces cut them, a CR at the end of one piece and the LF at the start of the next included
        String lines = "<p>Caf\u00e9 \u2013 one</p>\r\n<p>two</p>\r<p>three</p>\r\r\n\n<p>four</p>\r\n";
        String expected = lines.replace("\r\n", "\n").replace('\r', '\n');
        byte[] bytes = lines.repeat(30).getBytes(StandardCharsets.UTF_8);

        for (int piece : new int[]{1, 2, 3, 7, 64, 2048}) {
            StringBuilder read = new StringBuilder();
            try (java.io.Reader reader = TextDecoder.read(bytes).reader()) {
                char[] buffer = new char[piece];
                for (int n; (n = reader.read(buffer, 0, piece)) >= 0; ) {
                    assertThat(n).as("piece %d", piece).isPositive();
                    read.append(buffer, 0, n);
                }
            }
            assertThat(read.toString()).as("piece %d", piece).isEqualTo(expected.repeat(30));
        }
        assertThat(TextDecoder.read(bytes).text()).isEqualTo(expected.repeat(30));
    }

    @Test
    void windowsLineEndsCountOnceTowardsTheControlCharacterShare() {
        // 2 % of the text's chars may be stray controls; the text has LF line ends, so a CR LF counts as one char
        String line = "Council meets.\r\n"; // 15 chars once read
        String text = line.repeat(100) + "\u0001".repeat(31); // 1,531 chars: 31 controls are over 2 %
        assertThatThrownBy(() -> TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("binary");
        String fewer = line.repeat(100) + "\u0001".repeat(30); // 30 of 1,530: exactly 2 %, still text
        assertThat(TextDecoder.decode(fewer.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(fewer.replace("\r\n", "\n"));
    }

    /** Sizes below and above the one from which text is checked in pieces, not made one string. */
    private static final int[] SIZES = {1_000, Utf8Pieces.WORTH_IT};

    @Test
    void textInAnyScriptReadsTheSameAsAStringAndInPiecesOfAnySize() throws java.io.IOException {
        // Cyrillic, Greek, Chinese, Arabic and a character outside the Basic Multilingual Plane, over many pieces of
        // the decoder's, in pieces of the parser's of any size, one char cutting an emoji in two
        String lines = "Паром «Северный» вышел в 9:00.\nΤο πλοίο έφυγε. 渡轮九点出发。 غادرت العبارة \uD83D\uDEA2!\n";
        for (int size : SIZES) {
            String text = past(size, lines);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

            assertThat(TextDecoder.read(bytes).text()).isEqualTo(text);
            for (int piece : new int[]{1, 2, 3, 4096}) {
                assertThat(readInPieces(TextDecoder.read(bytes), piece)).as("piece %d", piece).isEqualTo(text);
            }
        }
        assertThat(Utf8Pieces.keptAsBytes(past(Utf8Pieces.WORTH_IT, lines).getBytes(StandardCharsets.UTF_8)))
                .as("kept as bytes").isNotNull();
    }

    @Test
    void textInAnyScriptIsComposedGivenLineFeedsAndCheckedForBinaryData() throws java.io.IOException {
        for (int size : SIZES) {
            String decomposed = past(size, "Краткии\u0306 отчёт. ") + "Конец\r\nвстречи\rпосле.";
            assertThat(TextDecoder.decode(decomposed.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(decomposed.replace("и\u0306", "й").replace("\r\n", "\n").replace('\r', '\n'));
            String windows = past(size, "Конец\r\nвстречи\rпосле. ");
            assertThat(readInPieces(TextDecoder.read(windows.getBytes(StandardCharsets.UTF_8)), 7))
                    .isEqualTo(windows.replace("\r\n", "\n").replace('\r', '\n'));

            String privateUse = past(size, "Отчёт \uE000\uE001\uE002 ");
            assertThatThrownBy(() -> TextDecoder.decode(privateUse.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("binary");
        }
    }

    @Test
    void aCarriageReturnEndingOnePieceAndItsLineFeedStartingTheNextAreOneLineFeed() {
        // the first piece is cut before its last ASCII char: the LF, so its CR is checked a piece before the LF
        String text = "ж".repeat(Utf8Pieces.PIECE - 2) + "\r\n" + past(Utf8Pieces.WORTH_IT, "Конец встречи. ");
        DecodedText kept = Utf8Pieces.keptAsBytes(text.getBytes(StandardCharsets.UTF_8));

        assertThat(kept).isNotNull();
        assertThat(kept.text()).isEqualTo(text.replace("\r\n", "\n"));
    }

    @Test
    void windowsLineEndsCountOnceTowardsTheControlCharacterShareInAnyScript() {
        // 16 chars a line once read; 49 * 714 lines, so that 2 % of the text with 16 * 714 controls is a whole number
        String lines = "Совет заседает.\r\n".repeat(49 * 714);
        assertThat(lines.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(Utf8Pieces.WORTH_IT);
        String exactly = lines + "\u0001".repeat(16 * 714); // 2 % of the chars: still text
        assertThat(TextDecoder.decode(exactly.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(exactly.replace("\r\n", "\n"));
        String over = exactly + "\u0001";
        assertThatThrownBy(() -> TextDecoder.decode(over.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("binary");
    }

    @Test
    void textThatCannotBeCheckedInPiecesIsMadeAStringAndComposed() {
        // a piece that is not NFC after many that are; a run of Hangul with nowhere to cut it (no ASCII, no CJK
        // ideograph in a piece)
        String lateDecomposed = past(Utf8Pieces.WORTH_IT, "Краткий отчёт. ") + "Краткии\u0306 итог.";
        String hangul = past(Utf8Pieces.WORTH_IT, "\u1100\u1161") + " end";
        Map<String, String> composed = Map.of(lateDecomposed, lateDecomposed.replace("и\u0306", "й"),
                hangul, hangul.replace("\u1100\u1161", "\uAC00"));
        composed.forEach((text, expected) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

            assertThat(Utf8Pieces.keptAsBytes(bytes)).isNull();
            assertThat(TextDecoder.decode(bytes)).isEqualTo(expected);
        });
    }

    /** {@code unit} repeated until it is at least {@code bytes} bytes of UTF-8. */
    private static String past(int bytes, String unit) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat((bytes + unitBytes - 1) / unitBytes);
    }

    private static String readInPieces(DecodedText text, int piece) throws java.io.IOException {
        StringBuilder read = new StringBuilder();
        try (java.io.Reader reader = text.reader()) {
            char[] buffer = new char[piece];
            for (int n; (n = reader.read(buffer, 0, piece)) >= 0; ) {
                assertThat(n).as("piece %d", piece).isPositive();
                read.append(buffer, 0, n);
            }
        }
        return read.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
