package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.WordClusters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedNameTableTest {

    @Test
    void theShippedTableIsTheOneTheListsGive() throws IOException {
        ByteArrayOutputStream fromLists = new ByteArrayOutputStream();
        ShippedNameTable.write(fromLists);

        try (InputStream shipped = ShippedNameTable.class.getResourceAsStream(ShippedNameTable.RESOURCE)) {
            // compared unpacked: deflate's bytes depend on the zlib the JDK uses, the table's do not
            assertThat(new GZIPInputStream(shipped).readAllBytes())
                    .as("%s is stale: run ShippedForms (see its javadoc)", ShippedNameTable.RESOURCE)
                    .isEqualTo(new GZIPInputStream(new ByteArrayInputStream(fromLists.toByteArray())).readAllBytes());
        }
    }

    @Test
    void theShippedTableKnowsListedNamesAndTheirClusters() {
        EntityData data = EntityData.load();

        assertThat(data.listed.of("London") & ListFlags.PLACE).isNotZero();
        assertThat(data.listed.of("Qxzvvbn")).isEqualTo(ListedWords.UNLISTED);
        FlagTable table = data.listed.table();
        assertThat(table.extraAt(table.slot("London"))).isNotZero()
                .isEqualTo(data.clusters.path(WordClusters.key("london", 0, 6)));
    }
}
