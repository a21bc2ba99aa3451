package org.yjinspect.library.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.export.ExportReading;
import org.yjinspect.library.LibraryReportTexts;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.TestUsers;

/** {@code yjinspect published ...} as an administrator types it: each outcome, and every mistake with exit code 2. */
@ExtendWith(EmbeddedPostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedCommandsTest {
    private static TestDatabase db;
    @TempDir
    static Path folder;
    private static Path anytown;

    @BeforeAll
    static void accounts(TestDatabase database) {
        db = database;
        CommandRun admin = CommandRun.withInput(db, TestUsers.PASSWORD + "\n", "user", "create", "ada", "--administrator",
                "--password-stdin");
        assertThat(admin.exit()).as(admin.err()).isZero();
        CommandRun.account("bob", db.options());
        anytown = LibraryReportTexts.write(folder, "anytown.txt",
                LibraryReportTexts.report("Anytown Youth Justice Service", "May 2023", "Requires improvement", 62));
    }

    private static CommandRun run(String... args) {
        return CommandRun.on(db, args);
    }

    @Test
    @Order(1)
    void onlyAnActiveAdministratorMayChangeTheLibrary() {
        CommandRun nobody = run("published", "add", anytown.toString());
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("--as USER");
        CommandRun bob = run("published", "add", anytown.toString(), "--as", "bob");
        assertThat(bob.exit()).isEqualTo(2);
        assertThat(bob.err()).contains("--as bob: only an administrator may change the library");
        assertThat(run("published", "list").out()).contains("the library is empty");
    }

    @Test
    @Order(2)
    void addingTheSameReportAgainChangesNothing() {
        CommandRun added = run("published", "add", anytown.toString(), "--as", "ada");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("anytown.txt: Anytown Youth Justice Service, published 2023-05 (library id 1):"
                + " added to the library");

        Path converted = LibraryReportTexts.write(folder, "anytown-other-converter.txt",
                LibraryReportTexts.report("Anytown YJS", "May 2023", "Requires improvement", 62)
                        .replace("Anytown YJS", "Anytown Youth Justice Service"));
        CommandRun again = run("published", "add", converted.toString(), "--as", "ada");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("(library id 1): already in the library with the same figures; nothing changed");
    }

    @Test
    @Order(3)
    void otherFiguresAreShownAndChangeNothingUnlessReplaceIsAsked() {
        Path other = LibraryReportTexts.write(folder, "anytown-v2.txt",
                LibraryReportTexts.report("Anytown Youth Offending Service", "May 2023", "Good", 64));

        CommandRun differs = run("published", "add", other.toString(), "--as", "ada");
        assertThat(differs.exit()).isZero();
        assertThat(differs.out()).contains("already in the library with other figures; nothing changed")
                .contains("with --replace")
                .contains("  standard 2.1 rating: Requires improvement -> Good")
                .contains("  score: 22/36 -> 23/36")
                .contains("keep the child safe?': 62% -> 64%");
        assertThat(run("published", "show", "1").out()).contains("62%").doesNotContain("64%");

        CommandRun replaced = run("published", "add", other.toString(), "--replace", "--as", "ada");
        assertThat(replaced.exit()).isZero();
        assertThat(replaced.out()).contains("replaced by these").contains("62% -> 64%");
        assertThat(run("published", "show", "1").out()).contains("64%").contains("Anytown Youth Offending Service");
    }

    @Test
    @Order(4)
    void severalFilesAreEachAddedOrRefusedOnTheirOwn() {
        Path elsewhere = LibraryReportTexts.write(folder, "elsewhere.txt",
                LibraryReportTexts.report("Elsewhere YOT", "June 2022", "Good", 70));
        Path shopping = LibraryReportTexts.write(folder, "shopping.txt", "eggs\nmilk\n");

        CommandRun both = run("published", "add", shopping.toString(), elsewhere.toString(), folder.resolve("nope.txt")
                .toString(), "--as", "ada");

        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("error: " + shopping + ": ").contains("error: " + folder.resolve("nope.txt")
                + ": no such file");
        assertThat(both.out()).contains("elsewhere.txt: Elsewhere YOT, published 2022-06 (library id 2): added");
    }

    @Test
    @Order(5)
    void listAndShowGiveTheFiguresAndWarnings() {
        CommandRun list = run("published", "list");
        assertThat(list.exit()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0)).matches("id +service +month +version +score +overall");
        assertThat(lines.get(1)).matches("1 +Anytown Youth Offending Service +2023-05 +2021 +23/36 +Good");
        assertThat(lines.get(2)).matches("2 +Elsewhere YOT +2022-06 +2021 +23/36 +Good");

        CommandRun show = run("published", "show", "2");
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("Elsewhere YOT, published 2022-06 (2021 framework)")
                .contains("2.1 Assessment").contains("70%").contains("warnings:")
                .contains("  - standard 4.1 is printed as not rated on the ratings page");
        CommandRun missing = run("published", "show", "99");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("there is no inspection 99 in the library");
        assertThat(run("published", "show", "two").exit()).isEqualTo(2);
    }

    @Test
    @Order(6)
    void theExportIsWrittenAsCsvOrXlsxAndAnExistingFileIsKeptUnlessForced() throws Exception {
        Path csv = folder.resolve("library.csv");
        Path xlsx = folder.resolve("library.xlsx");
        CommandRun written = run("published", "export", "--format", "csv", "--output", csv.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("wrote " + csv + " (csv, 2 inspections, ");
        List<List<String>> rows = ExportReading.csv(Files.readAllBytes(csv));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(rows.get(0).indexOf("kq_2.1.child-safety_percent"))).isEqualTo("64");
        assertThat(run("published", "export", "--format", "xlsx", "--output", xlsx.toString()).exit()).isZero();
        Map<String, List<List<String>>> sheets = ExportReading.xlsx(Files.readAllBytes(xlsx));
        assertThat(sheets).containsKeys("Library", "Data dictionary");

        CommandRun exists = run("published", "export", "--format", "csv", "--output", csv.toString());
        assertThat(exists.exit()).isEqualTo(2);
        assertThat(exists.err()).contains("already exists").contains("--force");
        assertThat(run("published", "export", "--format", "csv", "--output", csv.toString(), "--force").exit()).isZero();
        CommandRun format = run("published", "export", "--format", "pdf", "--output", folder.resolve("x.pdf").toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("format must be csv or xlsx");
    }

    @Test
    @Order(7)
    void removingTakesTheInspectionOutOfTheLibrary() {
        assertThat(run("published", "remove", "2", "--as", "bob").exit()).isEqualTo(2);
        CommandRun removed = run("published", "remove", "2", "--as", "ada");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("removed 2: Elsewhere YOT, published 2022-06");
        assertThat(run("published", "show", "2").exit()).isEqualTo(2);
        CommandRun again = run("published", "remove", "2", "--as", "ada");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("there is no inspection 2 in the library");
    }
}
