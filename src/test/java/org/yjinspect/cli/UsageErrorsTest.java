package org.yjinspect.cli;

import org.yjinspect.support.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;

/** A user's mistake on the command line is "error: ..." naming it, with exit code 2; never "internal error". */
@ExtendWith(EmbeddedPostgresExtension.class)
class UsageErrorsTest {
    @TempDir
    Path temp;


    @Test
    void anUnknownCommandIsAnErrorEvenBeforeHelp() {
        CommandRun run = run("reprot", "--help");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: unknown command 'reprot' for yjinspect; the commands are help, rate,")
                .contains("Did you mean: yjinspect report");
        assertThat(run.out()).isEmpty();
        assertThat(run("inspection", "lst").err()).contains("unknown command 'lst' for yjinspect inspection");
        assertThat(run("inspection", "list", "--bogus").err()).contains("error: unknown option '--bogus'");
        assertThat(run("--help").exit()).isZero();
        assertThat(run("inspection", "--help", "--data-dir", "x").exit()).isZero();
    }

    @Test
    void noArgumentMayHoldControlOrInvisibleCharacters() {
        CommandRun run = run("sample", "replace", "--inspection", "1", "--case", "YJ-1\u202E", "--reason", "x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --case \"YJ-1?\" contains an invisible control character");
        assertThat(run("inspection", "list", "--data-dir=/tmp/a\u0007b").err())
                .startsWith("error: --data-dir \"/tmp/a?b\" contains a control character at position 7 (U+0007)");
    }

    @Test
    void aNumberOptionIsReadInUsersWordsNotJavaTypes() {
        CommandRun notANumber = run("sample", "draw", "--inspection", "abc");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).contains("'--inspection': 'abc' is not a whole number").doesNotContain("long");
        assertThat(run("caseload", "generate", "--rows", "99999999999", "--output", "x.csv").err())
                .contains("'99999999999' is out of range; expected a whole number from -2147483648 to 2147483647");
        assertThat(run("sample", "draw", "--inspection", "1", "--margin", "five").err())
                .contains("'five' is not a number").doesNotContain("double");
    }

    @Test
    void aDataFolderThatIsAFileOrHoldsOtherFilesIsTheUsersToFix() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        CommandRun onFile = run("inspection", "list", "--data-dir", file.toString());
        assertThat(onFile.exit()).isEqualTo(2);
        assertThat(onFile.err()).startsWith("error: the database folder " + file + " is a file, not a folder");
        Path documents = Files.createDirectory(temp.resolve("documents"));
        Files.writeString(documents.resolve("minutes.txt"), "x");
        CommandRun onDocuments = run("inspection", "list", "--data-dir", documents.toString());
        assertThat(onDocuments.exit()).isEqualTo(2);
        assertThat(onDocuments.err()).contains("is not a database folder").doesNotContain("internal error");
    }

    @Test
    void datesAndTextFollowTheSameRulesAsTheApi(TestDatabase db) {
        CommandRun.account("usage-lead", db.options());
        CommandRun zeroYear = run(with(db, "inspection", "create", "--service", "Northshire YJS", "--framework", "2021",
                "--announced", "0000-10-14", "--fieldwork-start", "2024-11-04", "--fieldwork-end", "2024-11-08"));
        assertThat(zeroYear.exit()).isEqualTo(2);
        assertThat(zeroYear.err()).contains("'--announced': \"0000-10-14\" is outside the years 1900 to 2100");
        CommandRun hidden = run(with(db, "inspection", "create", "--service", "North\u202Eshire", "--framework", "2021",
                "--announced", "2024-10-14", "--fieldwork-start", "2024-11-04", "--fieldwork-end", "2024-11-08"));
        assertThat(hidden.exit()).isEqualTo(2);
        assertThat(hidden.err()).contains("error: --service \"North?shire\" contains an invisible control"
                + " character that changes the reading direction at position 6 (U+202E)");
        CommandRun twoLines = run(with(db, "inspection", "create", "--service", "North\nshire", "--framework", "2021",
                "--announced", "2024-10-14", "--fieldwork-start", "2024-11-04", "--fieldwork-end", "2024-11-08", "--as",
                "usage-lead"));
        assertThat(twoLines.exit()).isEqualTo(2);
        assertThat(twoLines.err()).contains("error: the service name \"North?shire\" contains a line break or tab at"
                + " position 6 (U+000A); expected one line of plain text");
        CommandRun missingFile = run(with(db, "caseload", "import", "--inspection", "1", temp.resolve("none.csv").toString(), "--as",
                "usage-lead"));
        assertThat(missingFile.exit()).as(missingFile.err()).isEqualTo(2);
    }

    private static String[] with(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(db.options()));
        return all.toArray(String[]::new);
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
