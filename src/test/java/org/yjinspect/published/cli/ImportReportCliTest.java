package org.yjinspect.published.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.cli.Main;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;

/** {@code yjinspect import-report}: formats, several files, and exit code 2 for files that are not reports. */
class ImportReportCliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @NeedsSeeds
    @Test
    void oneReportPrintsOneJsonObjectThatTheRateCommandAccepts() throws Exception {
        int exit = run("import-report", Seeds.file(Seeds.PLYMOUTH).toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("score").asInt()).isEqualTo(24);
        assertThat(json.path("source").asText()).isEqualTo(Seeds.PLYMOUTH + ".txt");

        Path imported = dir.resolve("plymouth.json");
        Files.writeString(imported, out.toString());
        StringWriter rated = new StringWriter();
        int rateExit = Main.execute(new String[] {"rate", imported.toString(), "--format", "json"},
                new PrintWriter(rated, true), new PrintWriter(new StringWriter(), true));
        assertThat(rateExit).isZero();
        JsonNode rating = new ObjectMapper().readTree(rated.toString());
        assertThat(rating.path("overallRating").asText()).isEqualTo("Good");
        assertThat(rating.path("publishedDifferences")).isEmpty();
    }

    @NeedsSeeds
    @Test
    void csvGivesOneRowPerReport() {
        String[] args = Seeds.ALL.stream().map(s -> Seeds.file(s).toString()).toArray(String[]::new);
        String[] command = new String[args.length + 3];
        command[0] = "import-report";
        command[1] = "--format";
        command[2] = "csv";
        System.arraycopy(args, 0, command, 3, args.length);

        int exit = run(command);

        assertThat(exit).isZero();
        String[] rows = out.toString().strip().split("\n");
        assertThat(rows).hasSize(1 + Seeds.ALL.size());
        assertThat(rows[0]).startsWith("source,service,published");
        assertThat(rows[4]).startsWith(Seeds.SUFFOLK + ".txt,Suffolk Youth Justice Service,2023-01");
    }

    @NeedsSeeds
    @Test
    void severalReportsAsJsonAreAnArray() throws Exception {
        int exit = run("import-report", Seeds.file(Seeds.SUFFOLK).toString(), Seeds.file(Seeds.TORBAY).toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
    }

    @NeedsSeeds
    @Test
    void textFormatReadsLikeARatingsPage() {
        int exit = run("import-report", "--format", "text", Seeds.file(Seeds.TORBAY).toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Score 16/36", "Overall rating: Requires improvement", "Warnings (");
    }

    @Test
    void aMissingFileExitsWithCode2AndNamesIt() {
        Path missing = dir.resolve("no-such-report.txt");

        int exit = run("import-report", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-report.txt", "no such file").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileThatIsNotAReportExitsWithCode2AndSaysWhy() throws Exception {
        Path notes = dir.resolve("minutes.txt");
        Files.writeString(notes, "Minutes of the parish council\n\nItem 1: the village hall roof.\nItem 2: any other business.\n");

        int exit = run("import-report", notes.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("minutes.txt", "not an HMIP youth inspection report");
    }

    @NeedsSeeds
    @Test
    void goodReportsArePrintedEvenWhenAnotherFileIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        int exit = run("import-report", "--format", "csv", Seeds.file(Seeds.PORTSMOUTH).toString(), empty.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString().strip().split("\n")).hasSize(2);
        assertThat(err.toString()).contains("empty.txt", "empty");
    }

    @Test
    void helpDescribesTheCommand() {
        int exit = run("import-report", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--format", "yjinspect rate");
    }
}
