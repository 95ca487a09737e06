package dev.newsflow.nlp.tagger;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaggerModelTest {

    private static final int MASK = 1023;

    /** Features: the word itself only, so the model must learn each word's label. */
    private static TokenFeatures sentence(String... words) {
        return new TokenFeatures() {
            @Override
            public int size() {
                return words.length;
            }

            @Override
            public boolean canStart(int i) {
                return Character.isUpperCase(words[i].charAt(0));
            }

            @Override
            public int features(int i, int[] out) {
                out[0] = FeatureHash.bucket(FeatureHash.add(FeatureHash.start(1), words[i], 0, words[i].length(), true), MASK);
                return 1;
            }
        };
    }

    private static PerceptronTrainer.Example example(int[] gold, String... words) {
        TokenFeatures s = sentence(words);
        int[][] features = new int[words.length][];
        boolean[] canStart = new boolean[words.length];
        int[] buffer = new int[TaggerModel.MAX_FEATURES];
        for (int i = 0; i < words.length; i++) {
            features[i] = java.util.Arrays.copyOf(buffer, s.features(i, buffer));
            canStart[i] = s.canStart(i);
        }
        return new PerceptronTrainer.Example(features, canStart, gold);
    }

    private static TaggerModel trained() {
        int per = Tags.of("B-PER");
        int perIn = Tags.of("I-PER");
        int loc = Tags.of("B-LOC");
        return new PerceptronTrainer(MASK + 1, 5, 7).train(List.of(
                example(new int[] {per, perIn, 0, loc}, "Anna", "Berg", "visited", "Oslo"),
                example(new int[] {loc, 0, 0, per}, "Oslo", "welcomed", "guest", "Anna")));
    }

    @Test
    void learnsLabelsAndNeverOpensAnEntityOnALowerCaseWord() {
        int[] labels = trained().tag(sentence("Anna", "Berg", "left", "oslo", "for", "Oslo"));

        assertThat(labels).containsExactly(Tags.of("B-PER"), Tags.of("I-PER"), Tags.O, Tags.O, Tags.O, Tags.of("B-LOC"));
    }

    @Test
    void writesAndReadsTheSameWeights() throws IOException {
        TaggerModel model = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);

        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(again);

        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
        assertThat(read.tag(sentence("Anna", "Berg"))).containsExactly(Tags.of("B-PER"), Tags.of("I-PER"));
    }

    @Test
    void refusesAFileThatIsNotAModel() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(bytes)) {
            zip.write("not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not a newsflow tagger model");
    }
}
