package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.Tags;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaggerWorkbenchTest {

    @Test
    void theWorkbenchTagsCapitalsAsTheTaggerWasTrainedOnThemNotAsTheEngineReadsACaption() {
        EntityData data = EntityData.load();
        List<String> words = List.of("RUGBY", "-", "KESTWICK", "BEAT", "TIDEWELL", "AFTER", "ANA", "RUIZ", "INJURY",
                ".");

        int[] labels = TaggerWorkbench.load(data).tag(data.model, words);

        assertThat(Arrays.stream(labels).filter(Tags::begins).count()).as(Arrays.toString(labels)).isPositive();
    }
}
