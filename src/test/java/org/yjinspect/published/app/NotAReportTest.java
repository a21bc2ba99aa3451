package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;

/** Files that are not inspection reports are refused with a clear reason; reports with gaps are imported with warnings. */
class NotAReportTest {
    private final ImportPublishedReport importer = Importers.real();

    @TempDir
    Path dir;

    @Test
    void proseThatIsNotAReportIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> importer.importText("letter.txt", "Dear Member,\n\nPlease find the agenda attached.\n"))
                .isInstanceOf(ReportImportException.class)
                .hasMessageStartingWith("letter.txt: not an HMIP youth inspection report")
                .hasMessageContaining("no report title").hasMessageContaining("no ratings page");
    }

    @NeedsSeeds
    @Test
    void theSeedReadmeAboutReportsIsNotItselfAReport() {
        Path readme = Seeds.file(Seeds.PLYMOUTH).resolveSibling("README.md");

        assertThatThrownBy(() -> importer.importFile(new ImportPublishedReportCommand(readme)))
                .isInstanceOf(ReportImportException.class).hasMessageStartingWith(readme + ": not an HMIP");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        assertThatThrownBy(() -> importer.importFile(new ImportPublishedReportCommand(empty)))
                .isInstanceOf(ReportImportException.class).hasMessageContaining("empty.txt: the file is empty");
    }

    @Test
    void aPdfCutShortIsRefusedWithAHint() throws Exception {
        Path pdf = Files.write(dir.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2});

        assertThatThrownBy(() -> importer.importFile(new ImportPublishedReportCommand(pdf)))
                .isInstanceOf(ReportImportException.class).hasMessageStartingWith(pdf + ": the PDF is incomplete")
                .hasMessageContaining("download the report again");
    }

    @Test
    void anotherBinaryFileIsRefusedWithAHint() throws Exception {
        Path zip = Files.write(dir.resolve("report.txt"), new byte[] {'P', 'K', 3, 4, 0, 1, 2});

        assertThatThrownBy(() -> importer.importFile(new ImportPublishedReportCommand(zip)))
                .isInstanceOf(ReportImportException.class).hasMessageContaining("neither a PDF nor a report's plain text");
    }

    @Test
    void aDirectoryIsRefused() {
        assertThatThrownBy(() -> importer.importFile(new ImportPublishedReportCommand(dir)))
                .isInstanceOf(ReportImportException.class).hasMessageContaining("is a directory");
    }

    @NeedsSeeds
    @Test
    void aWindows1252FileIsStillRead() throws Exception {
        String text = Seeds.text(Seeds.SUFFOLK).replace('\u2019', '\'');
        Path file = Files.write(dir.resolve("suffolk-cp1252.txt"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));

        PublishedReport report = importer.importFile(new ImportPublishedReportCommand(file));

        assertThat(report.score()).isEqualTo(9);
    }

    @NeedsSeeds
    @Test
    void aReportCutShortIsImportedWithWarningsNamingWhatIsMissing() {
        String text = Seeds.text(Seeds.PORTSMOUTH);
        String firstPart = text.substring(0, text.indexOf("Recommendations\n\nAs a result"));

        PublishedReport report = importer.importText("cut.txt", firstPart);

        assertThat(report.score()).isEqualTo(22);
        assertThat(report.standards()).hasSize(13);
        assertThat(report.warnings()).filteredOn(w -> w.kind() == WarningKind.NOT_FOUND)
                .extracting(w -> w.message()).anyMatch(m -> m.contains("recommendations"))
                .anyMatch(m -> m.contains("key-question figures were found for standard 2.1"));
    }
}
