package dev.newsflow.nlp.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    @Test
    void readsCoordinatesBitForBitAsParseDouble() {
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            double degrees = (random.nextDouble() - 0.5) * 360;
            String text = String.format(java.util.Locale.ROOT, "%." + random.nextInt(12) + "f", degrees);
            assertSame(text);
        }
    }

    @Test
    void readsWhatIsNotAPlainDecimalAsParseDoubleDoes() {
        for (String text : List.of("0", "-0", "-0.0", "5.", ".5", "-.5", "007.250", "1e5", "1.5E-3", "+5", " 5",
                "5 ", "0x1p3", "NaN", "-Infinity", "1234567890123456", "0.1234567890123456789",
                "99999999999999999999", "1.7976931348623157e308", "4.9e-324")) {
            assertSame(text);
        }
    }

    @Test
    void readsWhatParseDoubleRefusesAsNotANumber() {
        for (String text : List.of("", "-", ".", "--1", "1.2.3", "12a", "1,5")) {
            assertThat(Decimals.parse(text, 0, text.length())).as(text).isNaN();
        }
    }

    @Test
    void readsOnlyItsPartOfTheText() {
        String row = "city\tFR\t45.76\t4.84\t500000";
        assertThat(Decimals.parse(row, 8, 13)).isEqualTo(45.76);
        assertThat(Decimals.parse(row, 14, 18)).isEqualTo(4.84);
    }

    private static void assertSame(String text) {
        double expected = Double.parseDouble(text);
        assertThat(Double.doubleToRawLongBits(Decimals.parse("x" + text + "y", 1, text.length() + 1)))
                .as(text).isEqualTo(Double.doubleToRawLongBits(expected));
    }
}
