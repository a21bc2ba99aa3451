package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.SampledInspection;

/** {@code yjinspect report}: the report as a file, and a clear refusal (exit 2) of what cannot be done. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ReportCommandTest {
    private static TestDatabase db;
    private static long inspection;

    @BeforeAll
    static void inspection(TestDatabase database, Application app) {
        db = database;
        inspection = SampledInspection.create(app, "2021", 7, 120, 6, 1).id();
    }

    @Test
    void writesThePdfAndTheHtml(@TempDir Path dir) throws IOException {
        CommandRun pdf = CommandRun.on(db, "report", "--inspection", String.valueOf(inspection), "--format", "pdf",
                "--output", dir.resolve("r.pdf").toString());
        assertThat(pdf.exit()).as(pdf.err()).isZero();
        assertThat(pdf.out()).contains("draft report of inspection " + inspection);
        assertThat(new String(Files.readAllBytes(dir.resolve("r.pdf")), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        CommandRun html = CommandRun.on(db, "report", "--inspection", String.valueOf(inspection), "--format", "HTML",
                "--output", dir.resolve("r.html").toString());
        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<h2 class=\"govuk-heading-l\" id=\"ratings\">Ratings</h2>")
                .contains("Score 0/36 so far").contains("Not yet decided");
        assertThat(dir.resolve("r.html.partial")).doesNotExist();
    }

    @Test
    void refusesAnUnknownFormatAMissingFolderAndAnUnknownInspection(@TempDir Path dir) {
        CommandRun format = CommandRun.on(db, "report", "--inspection", String.valueOf(inspection), "--format", "docx",
                "--output", dir.resolve("r.docx").toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format: 'docx' is not a report format; use pdf or html");
        CommandRun folder = CommandRun.on(db, "report", "--inspection", String.valueOf(inspection), "--format", "pdf",
                "--output", dir.resolve("nowhere").resolve("r.pdf").toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("does not exist; create it or choose another file");
        CommandRun unknown = CommandRun.on(db, "report", "--inspection", "999999", "--format", "pdf",
                "--output", dir.resolve("r.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("999999").doesNotContain("Exception");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }
}
