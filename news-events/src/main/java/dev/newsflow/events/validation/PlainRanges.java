package dev.newsflow.events.validation;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.keyword.MaximumValidator;
import com.networknt.schema.keyword.MinimumValidator;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * networknt's {@code minimum} and {@code maximum}, with the common case decided in plain arithmetic first. networknt
 * compares every number as a {@code BigDecimal} parsed from its text (the bound's too, each time): exact, and a sixth
 * of the enriched record's check. A value strictly inside a bound that a {@code double} holds exactly is inside it
 * in decimal arithmetic too (a double's shortest decimal form reads back as that double, and reading is monotonic),
 * so such a value is passed at once; anything else (equal to the bound, outside it, a big or non-finite number, an
 * inexact bound such as {@code 0.1}) goes to networknt's own check, which reports it in its own words.
 */
final class PlainRanges {

    /** Integers up to this size are exact as doubles. */
    private static final long EXACT_LONG = 1L << 53;

    private PlainRanges() {
    }

    static Keyword minimum() {
        return keyword(KeywordType.MINIMUM.getValue(), Minimum::new);
    }

    static Keyword maximum() {
        return keyword(KeywordType.MAXIMUM.getValue(), Maximum::new);
    }

    private interface Factory {
        KeywordValidator create(SchemaLocation location, JsonNode bound, Schema parent, SchemaContext context);
    }

    private static Keyword keyword(String name, Factory factory) {
        return new Keyword() {
            @Override
            public String getValue() {
                return name;
            }

            @Override
            public KeywordValidator newValidator(SchemaLocation location, JsonNode bound, Schema parent,
                    SchemaContext context) {
                return factory.create(location, bound, parent, context);
            }
        };
    }

    /** The bound as a double, or NaN when a double does not hold it exactly (then nothing is decided here). */
    private static double exactBound(JsonNode bound) {
        if (!bound.isNumber()) {
            return Double.NaN;
        }
        double value = bound.doubleValue();
        return Double.isFinite(value) && new BigDecimal(bound.asString()).compareTo(new BigDecimal(value)) == 0
                ? value : Double.NaN;
    }

    /** The value as a double when it is a parsed int, long or double held exactly; NaN otherwise. */
    private static double plainValue(JsonNode node) {
        if (node.isDouble()) {
            return node.doubleValue(); // NaN stays NaN: every comparison with it is false
        }
        if ((node.isInt() || node.isLong()) && Math.abs(node.longValue()) <= EXACT_LONG) {
            return node.longValue();
        }
        return Double.NaN;
    }

    private static final class Minimum extends MinimumValidator {
        private final double bound;

        Minimum(SchemaLocation location, JsonNode bound, Schema parent, SchemaContext context) {
            super(location, bound, parent, context);
            this.bound = exactBound(bound);
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!(plainValue(node) > bound)) {
                super.validate(context, node, root, location);
            }
        }
    }

    private static final class Maximum extends MaximumValidator {
        private final double bound;

        Maximum(SchemaLocation location, JsonNode bound, Schema parent, SchemaContext context) {
            super(location, bound, parent, context);
            this.bound = exactBound(bound);
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
            if (!(plainValue(node) < bound)) {
                super.validate(context, node, root, location);
            }
        }
    }
}
