package org.yjinspect.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;

/**
 * Reads a JSON object given from outside into a request record, in three steps, each refusing
 * with a {@link Problem} that names the place, the value and the expected form: the text must
 * be one JSON object (not null, a list or a bare value, nothing after it); every text in it must
 * be safe ({@link TextRule}: no control or invisible characters) and every decimal number
 * plausible (at most 15 digits before the point and 6 after); then each field must have its
 * field's form ({@link Json}'s strict mapper, its mistakes put into words by {@link JsonMistake}).
 */
public final class StrictJson {
    public static final int LONGEST_WHOLE_PART = 15;
    public static final int MOST_DECIMALS = 6;
    /** Content after the value is looked for here, to say so in those words. */
    private static final ObjectReader TREE = Json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /** The object the text holds; {@code what} names the text in messages ("the body", "report.json"). */
    public static JsonNode object(String text, String what) {
        JsonNode root;
        try (JsonParser parser = Json.mapper().createParser(text)) {
            root = TREE.readTree(parser);
            if (root != null && hasMore(parser)) {
                throw Problem.invalid(what + " has more after the end of the JSON value (line "
                        + parser.currentTokenLocation().getLineNr() + ", column " + parser.currentTokenLocation().getColumnNr()
                        + "); send one JSON object");
            }
        } catch (JsonProcessingException e) {
            throw Problem.invalid(JsonMistake.syntax(e, what));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw Problem.invalid(what + " is empty; send a JSON object such as {\"field\": \"value\"}");
        }
        if (!root.isObject()) {
            throw Problem.invalid(what + " must be a JSON object such as {\"field\": \"value\"}, not "
                    + (root.isNull() ? "null" : root.isArray() ? "a list" : JsonMistake.shown(root)));
        }
        checkValues(root, "");
        return root;
    }

    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException notJson) {
            return true;
        }
    }

    /** The object read into {@code type}; a mistake in a field is refused naming it. */
    public static <T> T read(JsonNode object, Class<T> type) {
        try {
            return Json.mapper().treeToValue(object, type);
        } catch (JsonMappingException e) {
            Problem problem = problemInside(e);
            throw problem != null ? problem : Problem.invalid(JsonMistake.shape(e, object));
        } catch (JsonProcessingException e) {
            throw Problem.invalid(JsonMistake.syntax(e, "the body"));
        }
    }

    /** A request record that checks itself throws a Problem from its constructor: that is the answer. */
    private static Problem problemInside(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return problem;
            }
        }
        return null;
    }

    private static void checkValues(JsonNode node, String pointer) {
        if (node.isTextual()) {
            TextRule.FREE_TEXT.refusal(JsonMistake.field(pointer), node.textValue(), Integer.MAX_VALUE, false)
                    .ifPresent(reason -> {
                        throw Problem.invalid(reason);
                    });
        } else if (node.isBigDecimal() || node.isFloatingPointNumber()) {
            checkDecimal(node.decimalValue(), pointer);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().replace("~", "~0").replace("/", "~1");
                if (TextRule.firstUnsafe(field.getKey(), false) >= 0) {
                    throw Problem.invalid(JsonMistake.field(pointer) + ": a field name contains a control or invisible"
                            + " character; field names are plain words such as \"serviceName\"");
                }
                checkValues(field.getValue(), pointer + "/" + name);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), pointer + "/" + i);
            }
        }
    }

    private static void checkDecimal(BigDecimal value, String pointer) {
        BigDecimal plain = value.stripTrailingZeros();
        int whole = Math.max(plain.precision() - plain.scale(), 0);
        if (whole > LONGEST_WHOLE_PART || plain.scale() > MOST_DECIMALS) {
            throw Problem.invalid(JsonMistake.field(pointer) + ": " + (whole > LONGEST_WHOLE_PART ? "the number is too"
                    + " large" : "the number has more than " + MOST_DECIMALS + " decimals") + "; expected a number"
                    + " with at most " + LONGEST_WHOLE_PART + " digits before the point and " + MOST_DECIMALS + " after");
        }
    }
}
