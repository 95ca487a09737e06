package dev.newsflow.nlp.tagger;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PackedWeightsTest {

    /** 1,024 buckets, one in eight holding weights (some of them -0.0), the rest empty, as a trained table is. */
    private static float[] sparseWeights() {
        Random random = new Random(11);
        float[] weights = new float[1024 * Tags.COUNT];
        for (int b = 0; b < 1024; b++) {
            if (random.nextInt(8) == 0) {
                for (int l = 0; l < Tags.COUNT; l++) {
                    weights[b * Tags.COUNT + l] = random.nextInt(4) == 0 ? -0f : (float) random.nextGaussian();
                }
            }
        }
        return weights;
    }

    @Test
    void scoresAsTheFullTableInTheSameOrder() {
        float[] weights = sparseWeights();
        PackedWeights packed = new PackedWeights(weights);
        Random random = new Random(5);
        for (int token = 0; token < 200; token++) {
            int[] features = random.ints(40, 0, 1024).toArray();
            float[] full = new float[Tags.COUNT];
            TaggerModel.scores(weights, features, features.length, new int[0], full);
            float[] fromPacked = new float[Tags.COUNT];
            for (int f : features) {
                packed.add(f, fromPacked);
            }
            for (int l = 0; l < Tags.COUNT; l++) { // bit for bit, not within a tolerance
                assertThat(Float.floatToRawIntBits(fromPacked[l])).isEqualTo(Float.floatToRawIntBits(full[l]));
            }
        }
    }

    @Test
    void scoresAllFeaturesAtOnceAsTheFullTableInTheSameOrder() {
        float[] weights = sparseWeights();
        PackedWeights packed = new PackedWeights(weights);
        Random random = new Random(7);
        for (int token = 0; token < 200; token++) {
            int[] features = random.ints(43, 0, 1024).toArray();
            int count = 40 + random.nextInt(4); // the rest of the array is not the token's
            float[] full = new float[Tags.COUNT];
            TaggerModel.scores(weights, features, count, new int[0], full);
            float[] fromPacked = {9f, 9f, 9f, 9f, 9f, 9f, 9f}; // what was there before is not summed
            packed.score(features, count, new int[count], fromPacked);
            for (int l = 0; l < Tags.COUNT; l++) { // bit for bit, not within a tolerance
                assertThat(Float.floatToRawIntBits(fromPacked[l])).isEqualTo(Float.floatToRawIntBits(full[l]));
            }
        }
    }

    @Test
    void unpacksToTheVeryBitsItWasGiven() {
        float[] weights = sparseWeights();
        float[] unpacked = new PackedWeights(weights).unpack();
        assertThat(unpacked).hasSameSizeAs(weights);
        for (int i = 0; i < weights.length; i++) {
            assertThat(Float.floatToRawIntBits(unpacked[i])).isEqualTo(Float.floatToRawIntBits(weights[i]));
        }
    }

    @Test
    void aTableSmallerThanOneWordOfBitsUnpacksToItsOwnSize() {
        float[] weights = new float[8 * Tags.COUNT];
        weights[3 * Tags.COUNT + 2] = 1.5f;
        assertThat(new PackedWeights(weights).unpack()).containsExactly(weights);
    }
}
