package org.yjinspect.access.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.platform.json.Json;

/**
 * What the hostile field catalogue acts on: the client, who acts, the inspections set up for
 * the attack, and small helpers to build bodies and read values out of answers.
 */
class HostileScene {
    static final String LEAD = "hostile lead";
    static final String PANEL = "hostile panel";
    final HostileClient http;

    HostileScene(HostileClient http) {
        this.http = http;
    }

    /** A JSON object from name, value pairs. */
    static ObjectNode body(Object... pairs) {
        ObjectNode body = Json.mapper().createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            body.set((String) pairs[i], Json.mapper().valueToTree(pairs[i + 1]));
        }
        return body;
    }

    /** The answer to a GET as the lead inspector, which must succeed. */
    JsonNode read(String path) throws Exception {
        HostileClient.Answer answer = http.get(path, LEAD);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer);
        }
        return answer.body();
    }

    /** Every value of a property anywhere in the tree, as text ("null" for null). */
    static List<String> values(JsonNode node, String property) {
        List<String> values = new ArrayList<>();
        collect(node, property, values);
        return values;
    }

    private static void collect(JsonNode node, String property, List<String> values) {
        if (node.isObject() && node.has(property)) {
            JsonNode value = node.get(property);
            values.add(value.isNull() ? "null" : value.isValueNode() ? value.asText() : value.toString());
        }
        node.forEach(child -> collect(child, property, values));
    }

    /** The new values of an inspection's audit trail entries for one field. */
    List<String> audited(long inspectionId, String field) throws Exception {
        List<String> values = new ArrayList<>();
        for (JsonNode entry : read("/api/inspections/" + inspectionId + "/audit?limit=5000").get("entries")) {
            if (field.equals(entry.get("field").asText())) {
                values.add(entry.get("newValue").asText());
            }
        }
        return values;
    }
}
