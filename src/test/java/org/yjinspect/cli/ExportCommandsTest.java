package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.export.ExportReading;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.SampledInspection;

/** {@code yjinspect export cases|dictionary|audit}, run as a user would: the files, and every mistake with exit code 2. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ExportCommandsTest {
    private static TestDatabase db;
    private static Application app;
    private static SampledInspection s;
    @TempDir
    Path folder;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        s = SampledInspection.create(app, "2021", 61, 300, 3, 0);
        Answering.answerAll(app, s.id(), s.first(CaseType.COURT_DISPOSAL), "yes", new Actor("amira"));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private CommandRun export(String... args) {
        return CommandRun.on(db, Stream.concat(Stream.of("export"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void eachExportIsWrittenToTheFileNamedOnlyTheOwnerMayRead() throws Exception {
        String id = String.valueOf(s.id());
        Path wide = folder.resolve("wide.csv");
        Path longer = folder.resolve("long.csv");
        Path workbook = folder.resolve("cases.xlsx");
        Path dictionary = folder.resolve("dictionary.csv");
        Path audit = folder.resolve("audit.csv");
        CommandRun written = export("cases", "--inspection", id, "--output", wide.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).startsWith("wrote " + wide + " (csv, ");
        assertThat(export("cases", "--inspection", id, "--layout", "long", "--format", "csv", "--output",
                longer.toString()).exit()).isZero();
        assertThat(export("cases", "--inspection", id, "--output", workbook.toString()).exit()).isZero();
        assertThat(export("dictionary", "--inspection", id, "--output", dictionary.toString()).exit()).isZero();
        assertThat(export("audit", "--inspection", id, "--output", audit.toString()).exit()).isZero();

        List<List<String>> wideRows = ExportReading.csv(Files.readAllBytes(wide));
        assertThat(wideRows).hasSize(1 + s.cases().size());
        assertThat(ExportReading.csv(Files.readAllBytes(longer)).get(0)).contains("item_id", "answer");
        assertThat(ExportReading.xlsx(Files.readAllBytes(workbook)).get("Cases (wide)")).isEqualTo(wideRows);
        assertThat(ExportReading.csv(Files.readAllBytes(dictionary)).get(0).get(1)).isEqualTo("column");
        assertThat(ExportReading.csv(Files.readAllBytes(audit)).get(1)).contains("service_name");
        assertThat(Files.getPosixFilePermissions(wide)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("wide.csv", "long.csv",
                    "cases.xlsx", "dictionary.csv", "audit.csv");
        }
    }

    @Test
    void anExistingFileIsKeptUnlessForceIsGiven() throws Exception {
        Path file = folder.resolve("cases.csv");
        Files.writeString(file, "keep me");
        CommandRun refused = export("cases", "--inspection", String.valueOf(s.id()), "--output", file.toString());
        assertThat(refused.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(refused.err()).isEqualTo("error: " + file + " already exists; name another --output file, or add"
                + " --force to replace it\n");
        assertThat(Files.readString(file)).isEqualTo("keep me");

        CommandRun forced = export("cases", "--inspection", String.valueOf(s.id()), "--output", file.toString(),
                "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(ExportReading.csv(Files.readAllBytes(file))).hasSize(1 + s.cases().size());
    }

    @Test
    void everyMistakeEndsWithExitCodeTwoAClearMessageAndNoFile() throws Exception {
        String id = String.valueOf(s.id());
        Path file = folder.resolve("out.csv");
        assertRefused(export("cases", "--inspection", "987654", "--output", file.toString()),
                "error: there is no inspection 987654");
        assertRefused(export("cases", "--inspection", id, "--layout", "sideways", "--output", file.toString()),
                "error: layout must be wide (one row per case) or long (one row per answer), not \"sideways\"");
        assertRefused(export("cases", "--inspection", id, "--format", "pdf", "--output", file.toString()),
                "error: format must be csv or xlsx, not \"pdf\"");
        assertRefused(export("cases", "--inspection", id, "--output", folder.resolve("out.txt").toString()),
                "does not end in .csv or .xlsx");
        assertRefused(export("cases", "--inspection", id, "--format", "xlsx", "--layout", "long", "--output",
                folder.resolve("out.xlsx").toString()), "--layout is for CSV");
        assertRefused(export("audit", "--inspection", id, "--output", folder.resolve("audit.xlsx").toString()),
                "the audit trail is exported as CSV only");
        assertRefused(export("cases", "--inspection", id, "--output", folder.resolve("no/such/folder.csv").toString()),
                "no such file or folder");
        assertRefused(export("cases", "--inspection", id, "--output", folder.toString(), "--format", "csv", "--force"),
                "is a folder");
        assertRefused(export("cases", "--inspection", id), "Missing required option: '--output=FILE'");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private static void assertRefused(CommandRun run, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.INPUT_ERROR);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
