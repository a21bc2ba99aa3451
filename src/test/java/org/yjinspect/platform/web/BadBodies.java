package org.yjinspect.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bodies a careless or hostile client may send, generated from a seed: the fixed set every route
 * gets (null, [], "x", {}, not JSON, not UTF-8, deep nesting, ...; a body too large for the server to
 * read is {@code EveryAnswerIsJsonTest}'s), each known field given each
 * wrong kind of value, and random objects mixing good and bad values. No value contains the
 * internal names the test looks for, so finding one in an answer means the server put it there.
 */
final class BadBodies {
    /** One body: what it is (for the failure message), its bytes and the Content-Type sent with it (null: none). */
    record Body(String label, byte[] bytes, String contentType) {
    }

    static final List<String> VALUES = List.of("null", "true", "false", "0", "-1", "1", "2147483648", "-2147483649",
            "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1.5", "1e-7", "0.1234567",
            "123456789012345678901234567890", "1E+999999999", "\"\"", "\" \"", "\"x\"", "\"yes\"", "\"no\"",
            "\"not_applicable\"", "\"low\"", "\"very_high\"", "\"submitted\"", "\"Good\"", "\"meeting\"", "\"-1\"",
            "\"0000-01-01\"", "\"2024-02-30\"", "\"2024-10-14\"", "\"1899-12-31\"", "\"2101-01-01\"", "\"14/10/2024\"",
            "\"2024-10-14T10:00:00Z\"", "\"\\u0000\"", "\"a\\u0007b\"", "\"line\\nbreak\"", "\"\\u202Eevil\"", "\"\\ud800\"",
            "\"\\udc00x\"", "\"\\uFFFD\"", "\"\\uFEFFbom\"", "\"Siân Ó Briain\"", "\"<script>alert(1)</script>\"",
            "\"" + "long ".repeat(2000) + "\"", "{}", "[]", "[1, 2]", "{\"a\": {\"b\": {}}}", nested(40),
            "\"1.1\"", "\"2.1\"", "\"6-9\"", "\"9-6\"", "\"2021\"", "\"inspection\"", "2021");

    private BadBodies() {
    }

    /** The same for every route. */
    static List<Body> fixed() {
        List<Body> bodies = new ArrayList<>();
        for (String json : List.of("null", "[]", "[{}]", "\"x\"", "1", "-1", "true", "{}", "  ", "{", "}", "{\"a\":}",
                "{\"a\" 1}", "{'a': 1}", "{a: 1}", "{\"a\": 1,}", "{\"a\": 1} {}", "{\"a\": 1} x", "/* c */ {}",
                "{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": 01}", "{\"a\": 1, \"a\": 2}", "\uFEFF{}", nested(200),
                "[".repeat(5000), "{\"a\": \"" + "x".repeat(100_000) + "\"}", "1".repeat(2000))) {
            bodies.add(json(json, json));
        }
        bodies.add(new Body("empty", new byte[0], "application/json"));
        bodies.add(new Body("not UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
                "application/json"));
        bodies.add(new Body("UTF-16", "{\"a\": 1}".getBytes(StandardCharsets.UTF_16), "application/json"));
        bodies.add(new Body("truncated UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3}, "application/json"));
        bodies.add(new Body("text/plain", "{}".getBytes(StandardCharsets.UTF_8), "text/plain"));
        bodies.add(new Body("form", "a=1&b=2".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"));
        bodies.add(new Body("latin-1 charset", "{}".getBytes(StandardCharsets.UTF_8), "application/json; charset=latin1"));
        bodies.add(new Body("no content type", "{}".getBytes(StandardCharsets.UTF_8), null));
        bodies.add(new Body("xml", "<a/>".getBytes(StandardCharsets.UTF_8), "application/xml"));
        return bodies;
    }

    /** Each field given each value of the pool, alone. */
    static List<Body> perField(List<String> fields) {
        List<Body> bodies = new ArrayList<>();
        for (String field : fields) {
            for (String value : VALUES) {
                String json = "{\"" + field + "\": " + value + "}";
                bodies.add(json(json, json));
            }
        }
        return bodies;
    }

    /** Objects mixing the route's fields (and now and then an unknown one) with values drawn from the pool. */
    static List<Body> mixed(List<String> fields, SplittableRandom random, int count) {
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder json = new StringBuilder("{");
            for (String field : fields) {
                if (random.nextInt(3) > 0) {
                    json.append(json.length() > 1 ? ", " : "").append('"').append(field).append("\": ")
                            .append(field.equals("baseRevision") && random.nextBoolean() ? "0"
                                    : VALUES.get(random.nextInt(VALUES.size())));
                }
            }
            if (random.nextInt(8) == 0) {
                json.append(json.length() > 1 ? ", " : "").append("\"unexpected\": 1");
            }
            String body = json.append('}').toString();
            bodies.add(json(body, body));
        }
        return bodies;
    }

    private static Body json(String label, String json) {
        return new Body(label.length() > 120 ? label.substring(0, 120) + "..." : label,
                json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static String nested(int depth) {
        return "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
    }
}
