package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A website named by its domain is an organisation; an address, a file, a product or the dot.com era is no name. */
class WebsiteNamesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<String> entities(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text)).stream()
                .map(e -> e.name() + "/" + e.type()).toList();
    }

    @Test
    void aSiteNamedByItsDomainIsAnOrganisation() {
        assertThat(entities("Shoppers in Leeds switched to comparison sites such as Pricefinder.com last winter."))
                .contains("Pricefinder.com/" + EntityType.ORGANIZATION);
        assertThat(entities("Tom Berrow, who edits the review site quietgamer.net, said sales had doubled."))
                .contains("quietgamer.net/" + EntityType.ORGANIZATION);
        assertThat(entities("Orders on the bookshelf.co.uk website rose by a third in a week."))
                .containsExactly("bookshelf.co.uk/" + EntityType.ORGANIZATION);
    }

    @Test
    void thePartBeforeTheDotIsNoNameOfItsOwn() {
        assertThat(entities("Visitors to Hallorann.org were asked to sign the petition."))
                .containsExactly("Hallorann.org/" + EntityType.ORGANIZATION);
    }

    @Test
    void anAddressIsNoName() {
        assertThat(entities("The web address of the copycat page was fernbank-aid.org, one letter from the real one."))
                .isEmpty();
        assertThat(entities("Readers can find the forms at www.fernbankaid.org and send them in by post."))
                .isEmpty();
        assertThat(entities("Complaints go to help@quietgamer.net or to quietgamer.net/complaints for a reply."))
                .isEmpty();
    }

    @Test
    void aFileAProductOrTheEraIsNoSite() {
        assertThat(entities("The crash ended the dot.com boom and cost investors in Leeds dearly."))
                .containsExactly("Leeds/" + EntityType.LOCATION);
        assertThat(entities("Users were told to delete the file fixpatch.com at once.")).isEmpty();
        assertThat(entities("Its shop runs on ASP.net, built by programmers in Pune."))
                .containsExactly("Pune/" + EntityType.LOCATION);
    }

    @Test
    void aSitesFullNameAndTheNamesBesideItKeepTheirOwn() {
        assertThat(entities("The board of Shelfclick.com Ltd met in Manchester on Monday."))
                .containsExactly("Shelfclick.com Ltd/" + EntityType.ORGANIZATION, "Manchester/" + EntityType.LOCATION);
        assertThat(entities("Winners: Greenhope.org, Fairwatch.org, Bytecast.net, Anna Black."))
                .contains("Anna Black/" + EntityType.PERSON);
    }
}
