package dev.newsflow.formats.feed;

import dev.newsflow.formats.html.HtmlText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A post's content as written in a WordPress export, read as the site shows it. */
class WordPressContentTest {

    private static String text(String content) {
        return HtmlText.ofFragment(WordPressContent.shown(content));
    }

    @Test
    void aContactFormGoesWholeWithItsFieldsAndAnEditorsNoteInBracketsStays() {
        String content = """
                Send us your pictures of the storm.

                [contact-form to="desk@harbour.example"][contact-field label="Name" type="name" required="1"/]\
                [contact-field label="Picture" type="url"/][/contact-form]

                [Video: the harbour master's statement] [Twitter: @gazette]""";

        assertThat(text(content)).isEqualTo("Send us your pictures of the storm.\n\n"
                + "[Video: the harbour master's statement] [Twitter: @gazette]");
    }

    @Test
    void lineBreaksAreMadeAsWordPressMakesThemNotBesideABreakOrABlock() {
        String content = """
                The quay, north side<br />
                Kiel

                Works planned:
                <ul>
                <li>new bollards</li>
                <li>a longer crane rail</li>
                </ul>""";

        assertThat(WordPressContent.shown(content)).doesNotContain("<br />\n<br>").doesNotContain("<br>\n<li>")
                .doesNotContain("</li><br>");
        assertThat(text(content)).startsWith("The quay, north side\nKiel\n\nWorks planned:")
                .contains("new bollards").doesNotContain("\n\n\n");
    }

    @Test
    void anEscapedShortcodeIsShownAsWrittenAndAnOldCaptionKeepsItsWords() {
        String content = """
                Write [[caption]Photo[/caption]] around a picture to caption it.

                [caption id="attachment_4" width="300" caption='The crane at dusk']<img src="c.jpg" />[/caption]""";

        assertThat(text(content)).isEqualTo("Write [caption]Photo[/caption] around a picture to caption it.\n\n"
                + "The crane at dusk");
    }
}
