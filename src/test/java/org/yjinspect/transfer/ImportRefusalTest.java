package org.yjinspect.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.json.Json;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.json.InspectionDocumentReader;

/**
 * A bad file is refused whole, with the place in the file, the field, the value and what to do,
 * and nothing of it is stored: every table an import writes to holds exactly what it held before.
 * A recommendation, entered figure or finding meets the same rules and lengths as when it is typed.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class ImportRefusalTest {
    private static final String[] TABLES = {"inspection", "inspection_member", "caseload_case", "sample", "sample_plan",
        "sample_case", "sample_replacement", "case_assessment", "case_judgement", "prompt_answer", "key_question_answer",
        "key_question_evidence", "qualitative_evidence", "proposed_rating", "key_data", "staff_survey_result",
        "fieldwork_meeting", "panel_decision", "report_recommendation", "contextual_figure", "report_finding", "audit_entry"};
    private static Application app;
    private static byte[] good;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
        good = Transfers.export(app, TransferScene.build(app, "2021", 81, new SplittableRandom(81)).id());
    }

    @Test
    void aTruncatedFileIsRefusedAsIncomplete() {
        // Cut after a whole value near the middle (bytes read one for one, so the index is the byte's):
        // cut inside a token ("tru") or after a comma, the parser finds the JSON wrong rather than short.
        int cut = new String(good, StandardCharsets.ISO_8859_1).lastIndexOf(",\n", good.length / 2);
        refused(Arrays.copyOf(good, cut), "mock.json ends before the JSON is complete (line");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPlace() {
        refused(changed(d -> ((ObjectNode) d.get("sample")).put("seed", "abc")),
                "sample.seed: \"abc\" is not a whole number");
        refused(changed(d -> ((ObjectNode) d.get("caseload").get(2)).put("disposalStartDate", "14/10/2024")),
                "caseload[2].disposalStartDate: \"14/10/2024\" is not a date; expected yyyy-mm-dd");
        refused(changed(d -> ((ObjectNode) d.get("caseload").get(0)).put("gender", "purple")),
                "caseload[0].gender: \"purple\" is not one of FEMALE, MALE, NOT_KNOWN, OTHER");
    }

    @Test
    void aMissingFieldOrSectionIsNamed() {
        refused(changed(d -> ((ObjectNode) d.get("caseload").get(3)).remove("rosh")), "caseload[3].rosh is missing");
        refused(changed(d -> d.remove("auditTrail")), "auditTrail is missing");
        refused(changed(d -> d.remove("formatVersion")), "formatVersion is missing");
    }

    @Test
    void anUnknownPromptKeyQuestionOrStandardIsRefused() {
        refused(changed(d -> ((ObjectNode) d.get("promptAnswers").get(0)).put("promptId", "9.9.nothing.z")),
                "promptAnswers[0].promptId: \"9.9.nothing.z\" is not a prompt of framework 2021");
        refused(changed(d -> ((ObjectNode) d.get("panelDecisions").get(0)).put("standardNumber", "7.1")),
                "panelDecisions[0].standardNumber: \"7.1\" is not a standard of framework 2021");
    }

    @Test
    void aCaseGivenTwiceOrNotInTheSampleIsRefused() {
        refused(changed(d -> ((ObjectNode) d.get("caseload").get(1)).put("caseReference",
                d.get("caseload").get(0).get("caseReference").asText())), "caseload[1].caseReference: \"");
        refused(changed(d -> ((ObjectNode) d.get("caseload").get(1)).put("caseReference",
                d.get("caseload").get(0).get("caseReference").asText())), "is given twice (first at caseload[0])");
        refused(changed(d -> ((ObjectNode) d.get("evidence").get(0)).put("caseReference", "YJ-999999")),
                "evidence[0].caseReference: \"YJ-999999\" is not a sampled case");
    }

    @Test
    void anotherFormatVersionOrFrameworkIsRefusedBeforeAnythingElse() {
        refused(changed(d -> d.put("formatVersion", 2)), "formatVersion: 2 is not a format this yjinspect reads (it reads 1)");
        refused(changed(d -> d.put("frameworkVersion", "2030")),
                "frameworkVersion: \"2030\" is not a framework version this yjinspect holds");
        refused(changed(d -> d.put("format", "something-else")), "format: \"something-else\" is not an inspection");
    }

    @Test
    void hostileTextMeetsTheSameRulesAsTypedText() {
        refused(changed(d -> ((ObjectNode) d.get("evidence").get(0)).put("note", "fine\u202Egnp.exe")),
                "evidence[0].note \"");
        refused(changed(d -> ((ObjectNode) d.get("evidence").get(0)).put("note", "fine\u202Egnp.exe")),
                "an invisible control character that changes the reading direction");
        refused(changed(d -> ((ObjectNode) d.get("evidence").get(0)).put("note", "x".repeat(5001))),
                "evidence[0].note is longer than 5000 characters");
        refused(changed(d -> ((ObjectNode) d.get("caseload").get(0)).put("caseReference", "Jane Smith")),
                "caseload[0].caseReference: \"Jane Smith\" must be a pseudonymous reference");
    }

    @Test
    void aHostileOrOversizedRecommendationOrFigureIsRefusedAsTypedTextWouldBe() {
        refused(changed(d -> recommendation(d).put("addressee", "The YJS\u202E should")),
                "recommendations[0].addressee \"");
        refused(changed(d -> recommendation(d).put("addressee", "The YJS\u202E should")),
                "an invisible control character that changes the reading direction");
        refused(changed(d -> recommendation(d).put("addressee", "The YJS\nshould")), "a line break or tab");
        refused(changed(d -> recommendation(d).put("addressee", "x".repeat(201))),
                "recommendations[0].addressee is longer than 200 characters");
        refused(changed(d -> recommendation(d).put("text", "x".repeat(2001))),
                "recommendations[0].text is longer than 2000 characters");
        refused(changed(d -> recommendation(d).put("text", "  ")), "recommendations[0].text is required");
        refused(changed(d -> recommendation(d).put("text", "fine\u0000")), "a control character");
        refused(changed(d -> ((ObjectNode) d.get("contextualFigures").get(0)).put("value", "9".repeat(61))),
                "contextualFigures[0].value is longer than 60 characters");
        refused(changed(d -> ((ObjectNode) d.get("contextualFigures").get(0)).put("source", "MoJ\u200B")),
                "contextualFigures[0].source \"");
    }

    @Test
    void aRecommendationWithoutItsPlaceOrInAnothersIsRefused() {
        refused(changed(d -> current(d, 0).putNull("position")), "].position: null, but a recommendation not removed"
                + " has its place");
        refused(changed(d -> current(d, 1).put("position", current(d, 0).get("position").asLong())),
                "is given twice (first at recommendations[");
        refused(changed(d -> ((ArrayNode) d.get("recommendations")).add(recommendation(d).deepCopy().put("removed",
                "yes"))), "].removed: \"yes\" is not true or false");
    }

    @Test
    void anOversizedOrLineBrokenFindingOrOneOfAnotherDomainIsRefused() {
        refused(changed(d -> finding(d).put("text", "x".repeat(1001))),
                "findings[0].text is longer than 1000 characters");
        refused(changed(d -> finding(d).put("text", "Strong\nboard")), "a line break or tab");
        refused(changed(d -> finding(d).put("text", " ")), "findings[0].text is required");
        refused(changed(d -> finding(d).put("domain", 5)), "findings[0].domain: 5 is not a domain of framework");
        refused(changed(d -> finding(d).put("kind", "WEAKNESS")), "findings[0].kind");
        refused(changed(d -> {
            ObjectNode copy = finding(d, false).deepCopy();
            ((ArrayNode) d.get("findings")).add(copy);
        }), "is given twice in its domain's list of its kind (first at findings[");
    }

    @Test
    void aFailureAtTheLastStepLeavesNothingBehind() {
        Map<String, Long> before = counts();
        var document = new InspectionDocumentReader("mock.json").read(new java.io.ByteArrayInputStream(good));
        assertThatThrownBy(() -> app.transfer().importDocument(new ImportInspectionCommand(document, "mock.json",
                Actor.of("ghost"), "ghost"))).isInstanceOf(Problem.class)
                .hasMessageContaining("there is no active account ghost to lead the imported inspection");
        assertThat(counts()).isEqualTo(before);
    }

    private static void refused(byte[] file, String message) {
        Map<String, Long> before = counts();
        assertThatThrownBy(() -> Transfers.importAs(app, file, "Importer")).isInstanceOf(Problem.class)
                .hasMessageContaining(message).hasMessageContaining("Nothing was imported");
        assertThat(counts()).isEqualTo(before);
    }

    private static ObjectNode finding(ObjectNode document) {
        return (ObjectNode) document.get("findings").get(0);
    }

    /** The first finding removed or not. */
    private static ObjectNode finding(ObjectNode document, boolean removed) {
        for (var f : document.get("findings")) {
            if (f.get("removed").asBoolean() == removed) {
                return (ObjectNode) f;
            }
        }
        throw new AssertionError("the scene has no finding with removed " + removed);
    }

    private static ObjectNode recommendation(ObjectNode document) {
        return (ObjectNode) document.get("recommendations").get(0);
    }

    /** The n-th recommendation not removed. */
    private static ObjectNode current(ObjectNode document, int n) {
        int seen = 0;
        for (var r : document.get("recommendations")) {
            if (!r.get("removed").asBoolean() && seen++ == n) {
                return (ObjectNode) r;
            }
        }
        throw new AssertionError("the scene has fewer than " + (n + 1) + " recommendations not removed");
    }

    static byte[] changed(Consumer<ObjectNode> change) {
        ObjectNode document = (ObjectNode) Transfers.tree(good);
        change.accept(document);
        return Json.write(document).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        app.database().jdbi().useHandle(h -> {
            for (String table : TABLES) {
                counts.put(table, h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
            }
        });
        return counts;
    }
}
