package org.yjinspect.secondreading.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.export.ExportReading;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;

/**
 * {@code yjinspect export second-readings}: both readings of a case read twice, one row per item,
 * the first answer beside the second; nothing of a case whose readings are not both submitted; and
 * only CSV.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class SecondReadingExportTest {
    private static TestDatabase db;
    private static Application app;
    private static ReadTwice read;
    private static ReadTwice unread;
    @TempDir
    Path folder;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        read = ReadTwice.create(app, 57).chosenForSiwan().readBySiwan("no", "yes").submittedByIfan();
        unread = ReadTwice.create(app, 58).chosenForSiwan().readBySiwan("no", "yes");
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void bothReadingsAreWrittenOneRowPerItemOnlyForCasesSubmittedTwice() throws Exception {
        Path file = folder.resolve("both.csv");
        CommandRun written = CommandRun.on(db, "export", "second-readings", "--inspection", String.valueOf(read.id()),
                "--output", file.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        List<List<String>> rows = ExportReading.csv(Files.readAllBytes(file));
        assertThat(rows.get(0)).containsExactly("case_reference", "standard", "level", "item_id", "item",
                "first_reading", "second_reading", "agreed", "settled_by", "reason", "first_reader", "second_reader");
        List<String> prompt = rows.stream().filter(r -> r.get(2).equals("prompt")).findFirst().orElseThrow();
        assertThat(prompt).startsWith(read.court().reference(), "2.1", "prompt").endsWith("ifan", "siwan");
        assertThat(prompt.subList(5, 8)).containsExactly("yes", "no", "");
        assertThat(rows.stream().filter(r -> r.get(2).equals("key_question")).count()).isEqualTo(12);

        Path none = folder.resolve("none.csv");
        assertThat(CommandRun.on(db, "export", "second-readings", "--inspection", String.valueOf(unread.id()),
                "--output", none.toString()).exit()).isZero();
        assertThat(ExportReading.csv(Files.readAllBytes(none))).as("siwan submitted, ifan not yet").hasSize(1);
        CommandRun xlsx = CommandRun.on(db, "export", "second-readings", "--inspection", String.valueOf(read.id()),
                "--output", folder.resolve("both.xlsx").toString());
        assertThat(xlsx.exit()).isEqualTo(2);
        assertThat(xlsx.err()).contains("CSV only");
    }
}
