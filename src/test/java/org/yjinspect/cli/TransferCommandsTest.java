package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.web.BodyLimits;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;

/**
 * {@code yjinspect inspection export} and {@code inspection import}, as someone moving a mock
 * inspection from a laptop to the service's server runs them; every mistake exits with code 2
 * and a message, never a stack trace, and imports nothing.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class TransferCommandsTest {
    private static TestDatabase db;
    private static Application app;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        app.accounts().create(CreateAccountCommand.of("cli-carys", null, "kettle orbit lantern".toCharArray(), false,
                "test"));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.on(db, args);
    }

    @Test
    void anExportedInspectionImportsAsANewOneLedByTheImporter(@TempDir Path dir) throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 61L, 300, 3, 1);
        Publishing.readyToPublish(app, s, new Actor("lead inspector"));
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), new Actor("lead")));
        Path file = dir.resolve("mock.json");

        CommandRun exported = run("inspection", "export", "--inspection", String.valueOf(s.id()), "--output", file.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).startsWith("Exported inspection " + s.id() + " to ");
        assertThat(Files.readString(file)).contains("\"format\" : \"yjinspect-inspection\"");
        assertThat(dir.resolve("mock.json.part")).doesNotExist();

        CommandRun imported = run("inspection", "import", file.toString(), "--as", "cli-carys");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported mock.json as inspection ").contains("led by cli-carys")
                .contains("published and locked here").contains("caseload: 300");
        long id = app.inspections().all().stream().mapToLong(i -> i.id()).max().orElseThrow();
        assertThat(app.ratings().rate(id).rating().score()).isEqualTo(app.ratings().rate(s.id()).rating().score());
        assertThat(run("audit", "--inspection", String.valueOf(id)).out()).contains("cli-carys (command line)");
    }

    @Test
    void aBadFileExitsWithCodeTwoAndImportsNothing(@TempDir Path dir) throws Exception {
        int before = app.inspections().all().size();
        Path truncated = dir.resolve("cut.json");
        Files.writeString(truncated, "{\"format\": \"yjinspect-inspection\", \"formatVersion\": 1, \"caseload\": [");
        CommandRun cut = run("inspection", "import", truncated.toString(), "--as", "cli-carys");
        assertThat(cut.exit()).isEqualTo(2);
        assertThat(cut.err()).contains("cut.json: frameworkVersion is missing").contains("Nothing was imported")
                .doesNotContain("Exception");

        Path large = dir.resolve("large.json");
        try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength(BodyLimits.LARGEST_INSPECTION_IMPORT + 1);
        }
        CommandRun tooLarge = run("inspection", "import", large.toString(), "--as", "cli-carys");
        assertThat(tooLarge.exit()).isEqualTo(2);
        assertThat(tooLarge.err()).contains("the file is larger than 32 MB");

        CommandRun missing = run("inspection", "import", dir.resolve("nothing.json").toString(), "--as", "cli-carys");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder");

        CommandRun nobody = run("inspection", "import", truncated.toString());
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(app.inspections().all()).hasSize(before);
    }

    @Test
    void anUnknownInspectionIsNotExported(@TempDir Path dir) {
        CommandRun unknown = run("inspection", "export", "--inspection", "999999", "--output", dir.resolve("x.json").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("999999");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
