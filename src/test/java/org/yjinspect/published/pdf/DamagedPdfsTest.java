package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.cli.Main;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.app.ImportPublishedReportCommand;
import org.yjinspect.published.app.ReportImportException;
import org.yjinspect.published.support.Importers;
import org.yjinspect.support.pdf.DamagedPdfs;

/**
 * A PDF that is not a readable report gets a clear refusal naming the file and saying what to do,
 * never PDFBox's own message; on the command line, exit code 2 and no stack trace.
 */
class DamagedPdfsTest {
    private final ImportPublishedReport importer = Importers.real();

    @TempDir
    Path dir;

    private String refusal(String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        try {
            importer.importFile(new ImportPublishedReportCommand(file));
        } catch (ReportImportException e) {
            assertThat(e.getMessage()).startsWith(file + ": ").doesNotContainIgnoringCase("exception")
                    .doesNotContain("org.apache").doesNotContain("COS");
            return e.getMessage();
        }
        throw new AssertionError(name + " was imported");
    }

    @Test
    void aPdfThatIsNotAReportSaysSo() throws Exception {
        assertThat(refusal("minutes.pdf", DamagedPdfs.notAReport())).contains("not an HMIP youth inspection report");
    }

    @Test
    void aPasswordProtectedPdfAsksForACopyWithoutThePassword() throws Exception {
        assertThat(refusal("locked.pdf", DamagedPdfs.encrypted(DamagedPdfs.notAReport(), "secret", true)))
                .contains("password-protected").contains("save a copy without the password");
    }

    @Test
    void aPdfLockedAgainstCopyingTextSaysSo() throws Exception {
        assertThat(refusal("nocopy.pdf", DamagedPdfs.encrypted(DamagedPdfs.notAReport(), "", false)))
                .contains("forbid copying its text");
    }

    @Test
    void anEncryptedPdfThatOpensWithoutAPasswordIsRead() throws Exception {
        assertThat(refusal("open.pdf", DamagedPdfs.encrypted(DamagedPdfs.notAReport(), "", true)))
                .contains("not an HMIP youth inspection report");
    }

    @Test
    void aScanWithoutTextSaysToRunTextRecognition() throws Exception {
        assertThat(refusal("scan.pdf", DamagedPdfs.imageOnly(3)))
                .contains("has no text: it looks like a scanned image").contains("OCR");
    }

    @Test
    void aPdfCutShortSaysToDownloadItAgain() throws Exception {
        assertThat(refusal("cut.pdf", DamagedPdfs.truncated(DamagedPdfs.notAReport(), 0.6)))
                .contains("incomplete").contains("download the report again");
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws Exception {
        assertThat(refusal("empty.pdf", new byte[0])).contains("the file is empty");
    }

    @Test
    void garbageAfterAPdfHeaderIsDamaged() throws Exception {
        assertThat(refusal("garbage.pdf", DamagedPdfs.garbageAfterHeader(42L, 4096)))
                .contains("the PDF is damaged").contains("download the report again");
    }

    @Test
    void theCommandLineNamesTheFileAndExitsWithTwo() throws Exception {
        Path locked = Files.write(dir.resolve("locked.pdf"), DamagedPdfs.encrypted(DamagedPdfs.notAReport(), "pw", true));
        Path scan = Files.write(dir.resolve("scan.pdf"), DamagedPdfs.imageOnly(1));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.execute(new String[] {"import-report", locked.toString(), scan.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("error: " + locked + ": the PDF is password-protected")
                .contains("error: " + scan + ": the PDF has no text").doesNotContain("\tat ").doesNotContain("Exception");
    }
}
