package org.yjinspect.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.yjinspect.platform.input.CalendarDate;
import org.yjinspect.platform.problem.SafeText;

/**
 * Puts a JSON mistake into words a user can act on: where it is (the field's path, such as
 * {@code eligibilityWindows.court}, or the line and column), the value given and the form
 * expected. Only the structured parts of Jackson's exception are used, never its message, which
 * names Java classes and quotes the input unsafely.
 */
public final class JsonMistake {
    private static final Pattern INDEX = Pattern.compile("[0-9]{1,9}");

    private JsonMistake() {
    }

    /** A document that is not JSON, or that breaks a limit (nesting, number length, a field twice). */
    public static String syntax(JsonProcessingException e, String what) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return original.contains("nesting depth") ? what + " is nested more than " + Json.DEEPEST + " levels deep"
                    : original.contains("Number value length") ? what + " has a number longer than "
                    + Json.LONGEST_NUMBER + " digits" : what + " is too large to read";
        }
        if (original.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            return field(parser.getParsingContext().pathAsPointer().toString()) + ": this field is given twice" + where;
        }
        if (e instanceof JsonEOFException) {
            return what + " ends before the JSON is complete" + where + "; check for a missing } ] or \"";
        }
        return what + " is not valid JSON" + where + "; field names and text go in double quotes, and values are"
                + " separated by commas";
    }

    /** A document that is JSON but not of the expected shape: a field of the wrong kind, an unknown field. */
    public static String shape(JsonMappingException e, JsonNode root) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (e instanceof UnrecognizedPropertyException unknown) {
            String place = path.size() <= 1 ? "" : path(path.subList(0, path.size() - 1)) + ": ";
            return place + "unknown field \"" + SafeText.shown(unknown.getPropertyName()) + "\"; the accepted fields are "
                    + ExpectedForm.fieldsOf(unknown.getReferringClass());
        }
        JsonNode value = at(root, path);
        Class<?> target = target(e);
        String field = path.isEmpty() ? "the body" : path(path);
        ExpectedForm form = ExpectedForm.of(target);
        if (e.getCause() instanceof InputCoercionException) {
            return field + ": " + shown(value) + " is out of range; expected " + form.range();
        }
        if (value == null || value.isMissingNode()) {
            return field + " is required; expected " + form.form();
        }
        if (value.isNull()) {
            return field + ": null is not allowed here; expected " + form.form();
        }
        if (target == LocalDate.class && value.isTextual()) {
            return field + ": " + CalendarDate.refusal(value.textValue());
        }
        return field + ": " + shown(value) + " is not " + form.noun() + "; expected " + form.form();
    }

    /** How a request value is quoted back: text in quotes (made safe), other values as written. */
    public static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "the value";
        }
        if (value.isTextual()) {
            return "\"" + SafeText.shown(value.textValue()) + "\"";
        }
        return value.isObject() ? "an object" : value.isArray() ? "a list" : SafeText.shown(value.toString());
    }

    /** A JSON pointer (/a/0/b) as a field path (a[0].b). */
    static String field(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String part : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (INDEX.matcher(name).matches()) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(SafeText.shown(name));
            }
        }
        return field.length() == 0 ? "the body" : field.toString();
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(SafeText.shown(step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "the body" : field.toString();
    }

    private static JsonNode at(JsonNode root, List<JsonMappingException.Reference> path) {
        JsonNode node = root;
        for (JsonMappingException.Reference step : path) {
            if (node == null) {
                return null;
            }
            node = step.getFieldName() != null ? node.get(step.getFieldName()) : node.get(step.getIndex());
        }
        return node;
    }

    private static Class<?> target(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return mismatch.getTargetType();
        }
        return e.getCause() instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
    }
}
