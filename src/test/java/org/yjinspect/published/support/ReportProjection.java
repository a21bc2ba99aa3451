package org.yjinspect.published.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.json.PublishedReportJson;

/**
 * An imported report as the expected files hold it: its JSON with the report's own prose
 * (recommendation texts, discretion sentences, fieldwork statement) shortened to their first
 * words and length, so that the project does not copy report text, and without source line
 * numbers, so that reflowed text compares equal.
 */
public final class ReportProjection {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final int WORDS = 6;

    private ReportProjection() {
    }

    public static ObjectNode of(PublishedReport report) {
        ObjectNode json = new PublishedReportJson().toJson(report);
        json.remove("source");
        shorten(json.path("fieldwork"), "statement");
        json.path("recommendations").forEach(r -> shorten(r, "text"));
        json.path("discretion").forEach(d -> shorten(d, "statement"));
        json.path("standards").forEach(s -> shorten(s.path("panel"), "rationale"));
        json.path("warnings").forEach(w -> {
            if (w.isObject()) {
                ((ObjectNode) w).remove("line");
            }
        });
        return json;
    }

    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** "First six words of the text ... (N words)". */
    public static String shortened(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= WORDS) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + " ... (" + words.length + " words)";
    }

    private static void shorten(JsonNode node, String field) {
        if (node.isObject() && node.path(field).isTextual()) {
            ((ObjectNode) node).put(field, shortened(node.path(field).asText()));
        }
    }
}
