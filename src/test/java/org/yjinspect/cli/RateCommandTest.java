package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheRatingsPageOfAnInspection() throws Exception {
        Run run = run("rate", oracle("plymouth-2022"));

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Plymouth Youth Justice Service").contains("Score 24/36")
                .contains("Overall rating").contains("Good")
                .contains("The ratings panel moved the rating from Requires improvement to Good");
    }

    @Test
    void jsonOutputCarriesScoreOverallRatingAndEachStandardsReasons() throws Exception {
        Run run = run("rate", oracle("kingston-richmond-2021"), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(run.exit).isZero();
        assertThat(json.get("score").asInt()).isEqualTo(24);
        assertThat(json.get("maxScore").asInt()).isEqualTo(36);
        assertThat(json.get("overallRating").asText()).isEqualTo("Good");
        JsonNode outOfCourtPlanning = json.get("standards").get(9);
        assertThat(outOfCourtPlanning.get("number").asText()).isEqualTo("3.2");
        assertThat(outOfCourtPlanning.get("rating").asText()).isEqualTo("Inadequate");
        assertThat(outOfCourtPlanning.get("computedRating").asText()).isEqualTo("Inadequate");
        assertThat(outOfCourtPlanning.get("drivingKeyQuestion").get("yes").asInt()).isEqualTo(1);
        assertThat(outOfCourtPlanning.get("triggers").isArray()).isTrue();
    }

    @Test
    void aPanelMoveWithoutATriggerExitsWithCodeTwoNamingTheFileAndField() throws Exception {
        Path input = dir.resolve("panel.json");
        Files.writeString(input, """
                {"frameworkVersion": "2018", "standards": [
                  {"number": "1.1", "rating": "Good"},
                  {"number": "2.1", "keyQuestions": [{"yes": 29, "relevant": 40}, {"yes": 30, "relevant": 40},
                     {"yes": 31, "relevant": 40}], "panel": {"rating": "Outstanding", "rationale": "we liked it"}}]}
                """);

        Run run = run("rate", input.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains(input.toString()).contains("standards[1].panel.rating")
                .contains("'Outstanding'").contains("no discretion trigger holds").doesNotContain("Exception");
        assertThat(run.out).as("the ratings page still shows the computed rating, with the refusal under it")
                .containsPattern("2\\.1 .* Good\\n").contains("panel decision Outstanding refused: no discretion trigger holds")
                .contains("the computed rating stands");
    }

    @Test
    void everyRefusedPanelDecisionIsNamedAndTheJsonCarriesTheOutcome() throws Exception {
        Path input = dir.resolve("panels.json");
        Files.writeString(input, """
                {"frameworkVersion": "2018", "standards": [
                  {"number": "1.1", "rating": "Good", "panel": {"rating": "Outstanding", "rationale": "strong leaders"}},
                  {"number": "2.1", "keyQuestions": [{"yes": 29, "relevant": 40}, {"yes": 30, "relevant": 40},
                     {"yes": 31, "relevant": 40}], "panel": {"rating": "Good", "rationale": "agreed"}},
                  {"number": "2.2", "keyQuestions": [{"yes": 29, "relevant": 40}, {"yes": 30, "relevant": 40},
                     {"yes": 31, "relevant": 40}], "panel": {"rating": "Inadequate", "rationale": "weak"}}]}
                """);

        Run run = run("rate", input.toString(), "--format", "json");

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.lines()).hasSize(2).allMatch(l -> l.startsWith("error: " + input + ": standards["));
        assertThat(run.err).contains("standards[0].panel.rating (standard 1.1) = 'Outstanding'")
                .contains("only to case-based standards").contains("standards[2].panel.rating (standard 2.2)")
                .contains("one band only");
        JsonNode standards = new ObjectMapper().readTree(run.out).get("standards");
        JsonNode leadership = standards.get(0).get("panel");
        assertThat(leadership.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(leadership.get("refused").asBoolean()).isTrue();
        assertThat(leadership.get("decision").get("rating").asText()).isEqualTo("Outstanding");
        assertThat(leadership.get("reason").asText()).contains("only to case-based standards");
        assertThat(standards.get(0).get("rating").asText()).isEqualTo("Good");
        assertThat(standards.get(4).get("panel").get("outcome").asText()).as("2.1 confirmed").isEqualTo("STANDS");
        assertThat(standards.get(4).get("panel").get("decision").get("rationale").asText()).isEqualTo("agreed");
        assertThat(standards.get(1).get("panel").get("decision").isNull()).as("1.2: no decision").isTrue();
    }

    @Test
    void aScoreWithStandardsStillUnratedSaysHowManyAndWhich() throws Exception {
        Path input = dir.resolve("partial.json");
        Files.writeString(input, """
                {"frameworkVersion": "2018", "standards": [{"number": "1.1", "rating": "Good"},
                  {"number": "1.2", "rating": "Outstanding"}]}
                """);

        Run run = run("rate", input.toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Score 5/36 so far")
                .contains("10 of 12 scored standards not yet rated: 1.3, 1.4, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3, 3.4");
        assertThat(run("rate", oracle("plymouth-2022")).out).doesNotContain("so far").doesNotContain("not yet rated");
    }

    @Test
    void aKeyQuestionWithNoRelevantCasesIsLeftOutOfTheRating() throws Exception {
        Path input = dir.resolve("reviewing.json");
        Files.writeString(input, """
                {"frameworkVersion": "2018", "standards": [{"number": "2.4", "keyQuestions": [
                  {"yes": 3, "relevant": 3}, {"yes": 0, "relevant": 0}, {"yes": 2, "relevant": 2}]}]}
                """);

        Run run = run("rate", input.toString(), "--format", "json");

        assertThat(run.exit).isZero();
        JsonNode reviewing = new ObjectMapper().readTree(run.out).get("standards").get(7);
        assertThat(reviewing.get("computedRating").asText()).isEqualTo("Outstanding");
        assertThat(reviewing.get("keyQuestions").get(1).get("band").isNull()).isTrue();
    }

    @Test
    void malformedInputExitsWithCodeTwoAndNoStackTrace() throws Exception {
        Path input = dir.resolve("broken.json");
        Files.writeString(input, "{\"frameworkVersion\": \"2021\", \"standards\": [");

        Run run = run("rate", input.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).startsWith("error: " + input).contains("malformed JSON").doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithCodeTwo() {
        assertThat(run("rate", "x.json", "--format", "pdf").exit).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        Run run = run("rate", "--help");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Usage: yjinspect rate");
    }

    private static String oracle(String name) throws Exception {
        return Path.of(RateCommandTest.class.getResource("/published/figures/" + name + ".json").toURI()).toString();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
