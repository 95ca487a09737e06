package dev.newsflow.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdTest {

    @Test
    void sameContentGivesSameIdWhateverTheLayout() {
        String id = ArticleId.of("Storm closes port", "Ships waited offshore.\n\nThe port reopened at noon.");

        assertThat(ArticleId.of("  Storm closes port ", "Ships waited offshore.\r\n\r\nThe port   reopened at noon.\n"))
                .isEqualTo(id);
        assertThat(ArticleId.of("STORM CLOSES PORT", "ships waited offshore. the port reopened at noon."))
                .isEqualTo(id);
    }

    @Test
    void compatibilityFormsOfTheSameCharactersGiveTheSameId() {
        assertThat(ArticleId.of("Café opens", "x")).isEqualTo(ArticleId.of("Cafe\u0301 opens", "x"));
    }

    @Test
    void differentWordsGiveDifferentIds() {
        assertThat(ArticleId.of("Storm closes port", "The port reopened at noon."))
                .isNotEqualTo(ArticleId.of("Storm closes port", "The port stayed shut."));
        assertThat(ArticleId.of("A", "B C")).isNotEqualTo(ArticleId.of("A B", "C"));
    }

    @Test
    void idIsThirtyTwoLowerCaseHexCharacters() {
        String id = ArticleId.of("t", "b");

        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(ArticleId.isValid(id)).isTrue();
        assertThat(ArticleId.isValid("XYZ")).isFalse();
    }

    @Test
    void idsDoNotChange() {
        // computed by the build before whitespace was collapsed without a regex: every consumer relies on an article
        // keeping its id, so these may never change (Java's \s only; NFKC spaces and the ends' Unicode whitespace)
        assertThat(ArticleId.of("Storm closes port", "Ships waited offshore.\n\nThe port reopened at noon."))
                .isEqualTo("50b4aedeb0e4453478fe6f6a1d8218b6");
        assertThat(ArticleId.of("\u000B Tab\tand\fform\rfeed \u000B", "a\u00A0b \u2028 c\u2028\u0085d\u3000e  \t\n"))
                .isEqualTo("6690286201ca66adc77a4898ba089852");
        assertThat(ArticleId.of("\u2003Em space title\u2003", "x\u200By \u1680z\r\n"))
                .isEqualTo("d2a219fc12d01fd6699e02b76780c6c0");
        // Latin-1 text, with and without the characters NFKC changes (no-break space, ½, ²), as the normaliser saw it
        assertThat(ArticleId.of("Caf\u00e9 prices up \u00a310",
                "The \u00bd-price sale ended; na\u00efve buyers paid \u00a3\u00a0\u00b2 more.\u00a0Stra\u00dfe"))
                .isEqualTo("ec5fcffec02a21dce8b9539882d068c0");
        assertThat(ArticleId.of("M\u00dcNCHEN \u00c9T\u00c9", "\u00c0 la carte \u00d7 \u00f7 \u00ff\u00de\u00fe"))
                .isEqualTo("120a2f56133a5b0e80040c8feacf01fc");
    }

    @Test
    void latin1TextTakenAsNfkcIsWhatTheNormaliserGives() {
        // NFKC composes a character only with those right after it, so every pair covers every text of such characters
        for (char first = 0; first < 256; first++) {
            String one = String.valueOf(first);
            for (char second = 0; second < 256 && Latin1Canonical.applies(one); second++) {
                String pair = one + second;
                if (Latin1Canonical.applies(pair)) {
                    assertThat(Normalizer.normalize(pair, Normalizer.Form.NFKC)).as("U+%04X U+%04X", (int) first,
                            (int) second).isEqualTo(pair);
                }
            }
        }
        assertThat(Latin1Canonical.applies("caf\u00e9 \u00a35")).isTrue();
        assertThat(Latin1Canonical.applies("cafe\u0301")).isFalse();
    }

    @Test
    void everyCharacterGivesTheBytesOfTheGeneralPathInEveryPlace() {
        // Latin-1 and the two blocks after it (Latin Extended, IPA, spacing accents), then characters beyond that whose
        // case or compatibility form is Latin-1 (Kelvin sign, Ohm sign, long s, dotted I, capital sharp s, full-width
        // letters), Unicode-only white space and a character outside the BMP: the fast path must take only the
        // characters it gives the normaliser's bytes for, alone, inside and next to words and white space
        String beyond = "\u212A\u2126\u017F\u0130\u1E9E\uFF21\uFF41\u2028\u2029\u3000\u2003\u200B\uFEFF\u0410\u03A3";
        List<String> characters = new java.util.ArrayList<>();
        for (char c = 0; c < 0x300; c++) {
            characters.add(String.valueOf(c));
        }
        beyond.chars().forEach(c -> characters.add(String.valueOf((char) c)));
        characters.add("\uD83D\uDCF0"); // a newspaper emoji, a surrogate pair
        for (String one : characters) {
            int c = one.codePointAt(0);
            for (String text : List.of(one, one + one, "port" + one + "town", "port " + one + " town",
                    " " + one + " ", one + "\n\n" + one, "A" + one + one + "Z")) {
                for (String[] pair : List.of(new String[] {text, "x"}, new String[] {"x", text},
                        new String[] {text, text})) {
                    assertThat(ArticleId.canonical(pair[0], pair[1])).as("U+%04X in \"%s\"", c, text)
                            .isEqualTo((ArticleId.normalise(pair[0]) + "\u0000" + ArticleId.normalise(pair[1]))
                                    .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void latin1TextGivesTheBytesOfTheGeneralPath() {
        // white space of every kind at the ends and inside, upper case, the characters above 0x7F
        String alphabet = " \t\n\u000B\f\r\u001C\u001F\u0085aZ.\u00a3\u00c9\u00e9\u00df\u00de\u00ff\u00d7\u0000";
        java.util.Random random = new java.util.Random(12);
        for (int i = 0; i < 20_000; i++) {
            String title = randomText(random, alphabet);
            String body = randomText(random, alphabet);
            assertThat(Latin1Canonical.applies(title) && Latin1Canonical.applies(body)).isTrue();
            assertThat(Latin1Canonical.of(title, body)).as("%s / %s", title, body).isEqualTo(
                    (ArticleId.normalise(title) + "\u0000" + ArticleId.normalise(body))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String randomText(java.util.Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(12); text.length() < length; ) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
