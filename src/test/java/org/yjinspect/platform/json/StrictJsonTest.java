package org.yjinspect.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.platform.problem.Problem;

class StrictJsonTest {
    enum Kind { MEETING, FOCUS_GROUP }

    record Window(String court) {
    }

    record Request(String name, Integer count, Long seed, Double margin, BigDecimal budget, Boolean flag,
                   LocalDate heldOn, Window window, List<String> tags, Kind kind, int participants) {
    }

    @Test
    void aWellFormedObjectIsRead() {
        Request r = read("{\"name\": \"Siân\", \"count\": 3, \"seed\": 9223372036854775807, \"margin\": 5, \"budget\": 12.5,"
                + " \"flag\": true, \"heldOn\": \"2024-10-14\", \"window\": {\"court\": \"6-9\"}, \"tags\": [\"a\"],"
                + " \"kind\": \"focus_group\", \"participants\": 4}");
        assertThat(r).isEqualTo(new Request("Siân", 3, Long.MAX_VALUE, 5.0, new BigDecimal("12.5"), true,
                LocalDate.of(2024, 10, 14), new Window("6-9"), List.of("a"), Kind.FOCUS_GROUP, 4));
    }

    @Test
    void theBodyMustBeOneJsonObject() {
        assertRefused("null", "the body must be a JSON object such as {\"field\": \"value\"}, not null");
        assertRefused("[]", "the body must be a JSON object such as {\"field\": \"value\"}, not a list");
        assertRefused("\"x\"", "not \"x\"");
        assertRefused("  ", "the body is empty; send a JSON object");
        assertRefused("{\"name\": \"a\"} x", "the body has more after the end of the JSON value (line 1, column 15)");
        assertRefused("{\"name\": \"a\"} {}", "the body has more after the end of the JSON value (line 1, column 15)");
        assertRefused("{\"name\": \"a\"", "the body ends before the JSON is complete (line 1, column 13)");
        assertRefused("{'name': 1}", "the body is not valid JSON (line 1, column 2); field names and text go in double quotes");
        assertRefused("{\"name\": \"a\", \"name\": \"b\"}", "name: this field is given twice");
        assertRefused("{\"a\": ".repeat(40) + "1" + "}".repeat(40), "the body is nested more than 32 levels deep");
        assertRefused("{\"count\": " + "9".repeat(200) + "}", "the body has a number longer than 100 digits");
    }

    @Test
    void aFieldOfTheWrongKindIsRefusedNamingTheFieldTheValueAndTheFormExpected() {
        assertRefused("{\"heldOn\": -1}", "heldOn: -1 is not a date; expected a date in double quotes written yyyy-mm-dd,"
                + " such as \"2024-10-14\", in the years 1900 to 2100");
        assertRefused("{\"heldOn\": \"0000-01-01\"}", "heldOn: \"0000-01-01\" is outside the years 1900 to 2100");
        assertRefused("{\"heldOn\": [2024, 10, 14]}", "heldOn: a list is not a date");
        assertRefused("{\"name\": 5}", "name: 5 is not text; expected text in double quotes");
        assertRefused("{\"count\": \"5\"}", "count: \"5\" is not a whole number; expected a whole number without quotes");
        assertRefused("{\"count\": 5.5}", "count: 5.5 is not a whole number");
        assertRefused("{\"count\": 2147483648}", "count: 2147483648 is out of range; expected a whole number from"
                + " -2147483648 to 2147483647");
        assertRefused("{\"flag\": 1}", "flag: 1 is not true or false; expected true or false without quotes");
        assertRefused("{\"flag\": \"true\"}", "flag: \"true\" is not true or false");
        assertRefused("{\"margin\": \"5\"}", "margin: \"5\" is not a number; expected a number without quotes");
        assertRefused("{\"participants\": null}", "participants: null is not allowed here; expected a whole number");
        assertRefused("{\"name\": \"a\"}", "participants is required; expected a whole number");
        assertRefused("{\"window\": []}", "window: a list is not an object; expected an object in { } with the fields court");
        assertRefused("{\"window\": {\"court\": {}}}", "window.court: an object is not text");
        assertRefused("{\"tags\": [\"a\", 7]}", "tags[1]: 7 is not text");
        assertRefused("{\"kind\": \"party\"}", "kind: \"party\" is not one of the accepted words; expected one of:"
                + " meeting, focus_group");
    }

    @Test
    void anUnknownFieldIsRefusedListingTheFieldsAccepted() {
        assertRefused("{\"nmae\": \"a\", \"participants\": 1}", "unknown field \"nmae\"; the accepted fields are name, count, seed, margin,"
                + " budget, flag, heldOn, window, tags, kind, participants");
        assertRefused("{\"window\": {\"courts\": \"6-9\"}}", "window: unknown field \"courts\"; the accepted fields are court");
    }

    @Test
    void unsafeTextAndImplausibleNumbersAreRefusedWhereverTheyAre() {
        assertRefused("{\"name\": \"a\\u0000b\"}", "name \"a?b\" contains a control character at position 2 (U+0000)");
        assertRefused("{\"window\": {\"court\": \"\\u202E9-6\"}}", "window.court \"?9-6\" contains an invisible control"
                + " character that changes the reading direction");
        assertRefused("{\"tags\": [\"ok\", \"\\ud800\"]}", "tags[1] \"?\" contains a broken character");
        assertRefused("{\"budget\": 1e400}", "budget: the number is too large; expected a number with at most 15 digits"
                + " before the point and 6 after");
        assertRefused("{\"budget\": 0.0000001}", "budget: the number has more than 6 decimals");
        assertRefused("{\"a\\u0007\": 1}", "the body: a field name contains a control or invisible character");
    }

    @Test
    void noMessageQuotesJacksonOrAJavaClass() {
        for (String json : new String[] {"{\"heldOn\": {}}", "{\"window\": 1}", "{\"kind\": 3}", "{\"tags\": {}}",
            "{\"count\": true}", "{\"x\": 1}", "{\"seed\": 1e3}", "{\"budget\": \"1\"}"}) {
            assertThatThrownBy(() -> read(json)).isInstanceOf(Problem.class).message()
                    .doesNotContain("java.", "Jackson", "com.fasterxml", "org.yjinspect", "Exception", "[Source",
                            "StrictJsonTest", "Request");
        }
    }

    private static Request read(String json) {
        return StrictJson.read(StrictJson.object(json, "the body"), Request.class);
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(Problem.class).hasMessageContaining(message);
    }
}
