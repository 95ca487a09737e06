package dev.newsflow.events.validation;

import com.networknt.schema.ExecutionContext;
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
final class PlainRanges implements KeywordValidator {

    /** Integers up to this size are exact as doubles; a double beyond it is left to networknt. */
    private static final long EXACT_LONG = 1L << 53;

    private final KeywordValidator networknt;
    /** NaN when a double does not hold the bound exactly: then every comparison is false and networknt decides. */
    private final double bound;
    /** +1 for a minimum (values above the bound are inside), -1 for a maximum. */
    private final int inside;

    private PlainRanges(KeywordValidator networknt, JsonNode bound, int inside) {
        this.networknt = networknt;
        this.bound = exactBound(bound);
        this.inside = inside;
    }

    static Keyword minimum() {
        return keyword(KeywordType.MINIMUM, 1);
    }

    static Keyword maximum() {
        return keyword(KeywordType.MAXIMUM, -1);
    }

    private static Keyword keyword(KeywordType type, int inside) {
        return new Keyword() {
            @Override
            public String getValue() {
                return type.getValue();
            }

            @Override
            public KeywordValidator newValidator(SchemaLocation location, JsonNode bound,
                    com.networknt.schema.Schema parent, com.networknt.schema.SchemaContext context) {
                KeywordValidator own = inside > 0 ? new MinimumValidator(location, bound, parent, context)
                        : new MaximumValidator(location, bound, parent, context);
                return new PlainRanges(own, bound, inside);
            }
        };
    }

    @Override
    public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath location) {
        double value = plainValue(node);
        if (!(inside > 0 ? value > bound : value < bound)) {
            networknt.validate(context, node, root, location);
        }
    }

    @Override
    public void walk(ExecutionContext context, JsonNode node, JsonNode root, NodePath location, boolean validate) {
        networknt.walk(context, node, root, location, validate);
    }

    @Override
    public SchemaLocation getSchemaLocation() {
        return networknt.getSchemaLocation();
    }

    @Override
    public String getKeyword() {
        return networknt.getKeyword();
    }

    @Override
    public void preloadSchema() {
        networknt.preloadSchema();
    }

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
            // beyond 2^53 (and NaN, infinities) networknt decides: it reads an integer field's value as a long
            double value = node.doubleValue();
            return Math.abs(value) < EXACT_LONG ? value : Double.NaN;
        }
        if ((node.isInt() || node.isLong()) && Math.abs(node.longValue()) <= EXACT_LONG) {
            return node.longValue();
        }
        return Double.NaN;
    }
}
