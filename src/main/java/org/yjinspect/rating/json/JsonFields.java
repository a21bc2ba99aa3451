package org.yjinspect.rating.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Typed, path-aware reads of JSON fields, each failing with the source, field path and value. */
final class JsonFields {
    private final String source;

    JsonFields(String source) {
        this.source = source;
    }

    RatingInputException error(String path, String problem) {
        return new RatingInputException(source, path, problem);
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    Optional<String> text(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw error(path, "expected text, found " + shown(node));
        }
        return Optional.of(node.asText());
    }

    Optional<Integer> count(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error(path, "expected a whole number of cases, found " + shown(node));
        }
        if (node.intValue() < 0) {
            throw error(path, "a number of cases cannot be negative, found " + node.intValue());
        }
        return Optional.of(node.intValue());
    }

    Optional<Double> percent(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            throw error(path, "expected a percentage (a number from 0 to 100), found " + shown(node));
        }
        double value = node.doubleValue();
        if (Double.isNaN(value) || value < 0 || value > 100) {
            throw error(path, "a percentage must be between 0 and 100, found " + node.asText());
        }
        return Optional.of(value);
    }

    JsonNode array(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            if (required) {
                throw error(path, "missing (an array is required)");
            }
            return null;
        }
        if (!node.isArray()) {
            throw error(path, "expected an array, found " + shown(node));
        }
        return node;
    }

    JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw error(path, "expected an object, found " + shown(node));
        }
        return node;
    }

    static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
