package org.yjinspect.cli;

import org.yjinspect.support.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.json.Json;

/** The inspection, caseload and sample commands, run as a user would, against a database given by --db-url. */
@ExtendWith(EmbeddedPostgresExtension.class)
class SamplingCommandsTest {

    /** The people who make changes in these tests: accounts made as an administrator would. */
    @BeforeAll
    static void accounts(TestDatabase db) {
        for (String name : new String[] {"westshire-lead", "sam", "kim", "lee"}) {
            CommandRun.account(name, db.options());
        }
    }

    private static CommandRun run(TestDatabase db, String... args) {
        return db == null ? CommandRun.of(args) : CommandRun.on(db, args);
    }

    private static long createInspection(TestDatabase db) {
        CommandRun created = run(db, "inspection", "create", "--service", "Westshire YJS", "--framework", "2021",
                "--announced", "2024-10-14", "--fieldwork-start", "2024-11-04", "--fieldwork-end", "2024-11-08", "--as", "westshire-lead");
        assertThat(created.exit()).as(created.err()).isZero();
        Matcher id = Pattern.compile("Inspection (\\d+):").matcher(created.out());
        assertThat(id.find()).as(created.out()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void anInspectionIsCreatedItsCaseloadImportedAndItsSampleDrawnShownAndAdjusted(TestDatabase db,
                                                                                     @TempDir Path dir) throws Exception {
        long id = createInspection(db);
        Path csv = dir.resolve("caseload.csv");
        assertThat(run(null, "caseload", "generate", "--rows", "3000", "--announced", "2024-10-14", "--output",
                csv.toString()).exit()).isZero();
        CommandRun imported = run(db, "caseload", "import", "--inspection", String.valueOf(id), csv.toString(), "--as", "sam");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("3000 cases imported from caseload.csv");
        CommandRun drawn = run(db, "sample", "draw", "--inspection", String.valueOf(id), "--seed", "20241014", "--as", "sam");
        assertThat(drawn.exit()).as(drawn.err()).isZero();
        assertThat(drawn.out()).contains("seed 20241014", "Every margin is within one case", "Working: N = ",
                "Risk of serious harm");
        JsonNode shown = Json.mapper().readTree(run(db, "sample", "show", "--inspection", String.valueOf(id),
                "--json").out());
        assertThat(shown.get("seed").asLong()).isEqualTo(20241014L);
        String first = shown.get("caseTypes").get(0).get("cases").get(0).get("reference").asText();
        CommandRun replaced = run(db, "sample", "replace", "--inspection", String.valueOf(id), "--case", first, "--reason",
                "case file unavailable", "--as", "sam");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(replaced.out()).startsWith(first + " replaced by ");
        assertThat(run(db, "sample", "show", "--inspection", String.valueOf(id)).out())
                .contains("Replacements", "case file unavailable");
        CommandRun again = run(db, "caseload", "import", "--inspection", String.valueOf(id), csv.toString(), "--as", "sam");
        assertThat(again.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(again.err()).contains("sample has already been drawn").doesNotContain("at org.");
    }

    @Test
    void anInvalidCaseloadExitsWithCodeTwoAndNamesEveryBadRow(TestDatabase db, @TempDir Path dir) throws Exception {
        long id = createInspection(db);
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "case_reference;case_type;disposal_type;disposal_start_date;gender;ethnicity;age;rosh;"
                + "safety_wellbeing;case_manager\nYJ-1;court;yro;2024-03-01;male;white;15;low;low;CM1\n"
                + "YJ-2;court;yro;2024-03-01;male;white;15;critical;low;CM1\n");
        CommandRun result = run(db, "caseload", "import", "--inspection", String.valueOf(id), csv.toString(), "--as", "sam");
        assertThat(result.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(result.out()).contains("bad.csv, line 3, column rosh, value \"critical\"", "nothing was imported");
    }

    @Test
    void badInputExitsWithCodeTwoAndAMessageNeverAStackTrace(TestDatabase db, @TempDir Path dir) {
        CommandRun version = run(db, "inspection", "create", "--service", "X", "--framework", "2019", "--announced",
                "2024-10-14", "--fieldwork-start", "2024-11-04", "--fieldwork-end", "2024-11-08", "--as", "sam");
        assertThat(version.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(version.err()).contains("framework version must be 2018 or 2021 (got \"2019\")");
        CommandRun missing = run(db, "caseload", "import", "--inspection", "1", dir.resolve("none.csv").toString(), "--as", "sam");
        assertThat(missing.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(missing.err()).contains("none.csv: no such file");
        CommandRun unknown = run(db, "sample", "show", "--inspection", "987654");
        assertThat(unknown.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(unknown.err()).contains("no inspection 987654");
        CommandRun noServer = run(null, "inspection", "list", "--db-url", "jdbc:postgresql://127.0.0.1:1/none", "--db-user", "x");
        assertThat(noServer.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(noServer.err()).contains("cannot connect to the PostgreSQL at jdbc:postgresql://127.0.0.1:1/none");
        CommandRun badDate = run(db, "inspection", "create", "--service", "X", "--framework", "2021", "--announced",
                "14/10/2024", "--fieldwork-start", "2024-11-04", "--fieldwork-end", "2024-11-08", "--as", "sam");
        assertThat(badDate.exit()).isEqualTo(Main.INPUT_ERROR);
        for (CommandRun r : List.of(version, missing, unknown, noServer, badDate)) {
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aCaseloadDatedAfterTheAnnouncementIsRefusedAtTheDrawAndNothingIsADeadEnd(TestDatabase db, @TempDir Path dir)
            throws Exception {
        String id = String.valueOf(createInspection(db));
        Path late = dir.resolve("late.csv");
        assertThat(run(null, "caseload", "generate", "--rows", "500", "--announced", "2025-12-01", "--output",
                late.toString()).exit()).isZero();
        assertThat(run(db, "caseload", "import", "--inspection", id, late.toString(), "--as", "sam").exit()).isZero();

        CommandRun refused = run(db, "sample", "draw", "--inspection", id, "--seed", "5", "--as", "sam");
        assertThat(refused.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(refused.err()).contains("no case in the caseload of 500 cases can be sampled",
                "court disposal 2024-01-14 to 2024-04-14", "out-of-court disposal 2024-05-14 to 2024-07-14",
                "resettlement 2023-10-14 to 2024-06-14").doesNotContain("\tat ");
        CommandRun json = run(db, "sample", "draw", "--inspection", id, "--json", "--as", "sam");
        assertThat(json.exit()).isEqualTo(Main.INPUT_ERROR);
        JsonNode refusal = Json.mapper().readTree(json.out());
        assertThat(refusal.get("rule").asText()).isEqualTo("a sample needs eligible cases");
        assertThat(refusal.at("/eligibilityWindows/0/from").asText()).isEqualTo("2024-01-14");

        Path inside = dir.resolve("inside.csv");
        CommandRun generated = run(db, "caseload", "generate", "--inspection", id, "--rows", "500", "--output",
                inside.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(run(db, "caseload", "import", "--inspection", id, inside.toString(), "--as", "sam").exit()).isZero();
        CommandRun drawn = run(db, "sample", "draw", "--inspection", id, "--seed", "5", "--as", "sam");
        assertThat(drawn.exit()).as(drawn.err()).isZero();

        CommandRun discarded = run(db, "sample", "discard", "--inspection", id, "--reason", "wrong export", "--as", "kim");
        assertThat(discarded.exit()).as(discarded.err()).isZero();
        assertThat(discarded.out()).contains("discarded by kim (command line): wrong export", "imported again");
        assertThat(run(db, "caseload", "import", "--inspection", id, inside.toString(), "--as", "sam").exit()).isZero();
        assertThat(run(db, "sample", "draw", "--inspection", id, "--seed", "6", "--as", "sam").exit()).isZero();

        CommandRun audit = run(db, "audit", "--inspection", id, "--limit", "5000");
        assertThat(audit.out()).contains("sam (command line)", "kim (command line)", "wrong export", "discarded");
        CommandRun both = run(db, "caseload", "generate", "--inspection", id, "--announced", "2024-10-14", "--output",
                inside.toString());
        assertThat(both.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(both.err()).contains("give --inspection or --announced, not both");
    }

    @Test
    void anInspectionNeverPublishedIsDeletedAndItsAuditTrailStaysReadable(TestDatabase db) {
        String id = String.valueOf(createInspection(db));
        CommandRun noReason = run(db, "inspection", "delete", id, "--as", "lee");
        assertThat(noReason.exit()).isEqualTo(Main.INPUT_ERROR);
        CommandRun deleted = run(db, "inspection", "delete", id, "--reason", "set up twice", "--as", "lee");
        assertThat(deleted.exit()).as(deleted.err()).isZero();
        assertThat(deleted.out()).startsWith("Inspection " + id + " (Westshire YJS) was deleted on")
                .contains("by lee (command line) (reason: set up twice)");
        CommandRun shown = run(db, "inspection", "show", id);
        assertThat(shown.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(shown.err()).contains("was deleted on", "set up twice");
        assertThat(run(db, "inspection", "list").out()).doesNotContain("\n" + id + "\t");
        CommandRun audit = run(db, "audit", "--inspection", id);
        assertThat(audit.exit()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("deletion_reason", "set up twice", "lee (command line)");
    }

    @Test
    void assessmentShowGivesTheWordingOfEachKeyQuestionAndPrompt(TestDatabase db, @TempDir Path dir) throws Exception {
        String id = String.valueOf(createInspection(db));
        Path csv = dir.resolve("caseload.csv");
        run(db, "caseload", "generate", "--inspection", id, "--rows", "300", "--output", csv.toString());
        run(db, "caseload", "import", "--inspection", id, csv.toString(), "--as", "sam");
        JsonNode drawn = Json.mapper().readTree(run(db, "sample", "draw", "--inspection", id, "--seed", "3",
                "--json", "--as", "sam").out());
        String court = drawn.get("caseTypes").get(0).get("cases").get(0).get("reference").asText();
        CommandRun shown = run(db, "assessment", "show", "--inspection", id, "--case", court);
        assertThat(shown.exit()).as(shown.err()).isZero();
        KeyQuestion kq = FrameworkCatalogue.load(FrameworkVersion.V2021).standard("2.1").orElseThrow()
                .keyQuestions().get(0);
        assertThat(shown.out()).contains("  " + kq.id() + ": - [revision 0]\n      " + kq.text() + "\n",
                "    " + kq.prompts().get(0).id() + ": - [revision 0]\n        " + kq.prompts().get(0).text() + "\n");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : List.of(new String[] {"inspection", "create"}, new String[] {"inspection", "list"},
                new String[] {"inspection", "show"}, new String[] {"inspection", "delete"},
                new String[] {"caseload", "import"}, new String[] {"caseload", "generate"},
                new String[] {"sample", "draw"}, new String[] {"sample", "show"}, new String[] {"sample", "replace"},
                new String[] {"sample", "discard"}, new String[] {"serve"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.add("--help");
            CommandRun help = run(null, args.toArray(String[]::new));
            assertThat(help.exit()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).contains("Usage:");
        }
        assertThat(run(null, "sample", "draw", "--help").out()).contains("--db-url", "--data-dir", "--seed", "--as=USER");
        for (String[] write : List.of(new String[] {"inspection", "create"}, new String[] {"inspection", "delete"},
                new String[] {"caseload", "import"}, new String[] {"sample", "replace"}, new String[] {"sample", "discard"})) {
            assertThat(run(null, write[0], write[1], "--help").out()).as(String.join(" ", write)).contains("--as=USER");
        }
    }
}
