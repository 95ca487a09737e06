package dev.newsflow.formats.text;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a file that is neither marked as Unicode nor valid UTF-8: the last steps of {@link CharsetSniffer}'s
 * order, where the file's own declaration comes first and a guess from its bytes second.
 */
final class LegacyCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int DECLARATION_WINDOW = 2048;
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][\\w.:-]*)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z][\\w.:-]*)", Pattern.CASE_INSENSITIVE);

    private LegacyCharset() {
    }

    /** What the file declares (not a UTF), else what Mozilla's detector makes of it, else windows-1252. */
    static Charset of(byte[] b) {
        return declaredIn(b, StandardCharsets.ISO_8859_1)
                .filter(c -> !c.name().startsWith("UTF-"))
                .or(() -> detected(b))
                .orElse(WINDOWS_1252);
    }

    /**
     * The charset the file's start declares ({@code <?xml encoding>}, {@code <meta charset>}), read in
     * {@code readAs}: Latin-1 reads the declaration of any ASCII-compatible file; an EBCDIC file's needs EBCDIC.
     */
    static Optional<Charset> declaredIn(byte[] b, Charset readAs) {
        return declared(new String(b, 0, Math.min(b.length, DECLARATION_WINDOW), readAs));
    }

    private static Optional<Charset> declared(String head) {
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            return charset(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? charset(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> detected(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, b.length);
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset()).flatMap(LegacyCharset::charset);
    }

    /**
     * As browsers read the label ({@link EncodingLabels}: {@code latin1} means windows-1252, {@code gb2312} GBK), else
     * as the JDK names a charset ({@code cp850}, {@code x-MacCyrillic}). A label either does not know is tried again
     * with hyphens for its underscores: XML allows both in an encoding name, and feeds written by Python name its
     * codecs so ({@code windows_1251}, {@code iso_8859_9}).
     */
    private static Optional<Charset> charset(String label) {
        String hyphenated = label.replace('_', '-');
        return EncodingLabels.of(label).or(() -> known(label))
                .or(() -> EncodingLabels.of(hyphenated)).or(() -> known(hyphenated));
    }

    private static Optional<Charset> known(String label) {
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }
}
