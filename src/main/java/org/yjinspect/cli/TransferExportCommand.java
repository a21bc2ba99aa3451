package org.yjinspect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.yjinspect.Application;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.transfer.json.InspectionDocumentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect inspection export --inspection ID --output FILE}: the whole inspection as one JSON document. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole inspection (set-up,"
        + " caseload, sample, assessments, evidence, panel, publication, audit trail) to a JSON file that another"
        + " yjinspect imports with 'inspection import' (docs/transfer.md). It holds case data: keep it safe.")
final class TransferExportCommand extends DatabaseCommand {
    @Option(names = "--inspection", required = true, paramLabel = "ID", description = "The inspection id.")
    long inspection;
    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write (replaced if it"
            + " exists, only once the export is complete).")
    Path output;

    @Override
    protected int run(Application app, PrintWriter out) {
        app.inspections().get(inspection);
        Path partial = output.resolveSibling(output.getFileName() + ".part");
        try {
            try (OutputStream file = Files.newOutputStream(partial);
                 InspectionDocumentWriter writer = new InspectionDocumentWriter(file)) {
                app.transfer().export(inspection, writer);
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
            out.println("Exported inspection " + inspection + " to " + SafeText.shown(output.toString()) + " ("
                    + Files.size(output) + " bytes)");
            return 0;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            InputError file = InputError.fromFile(e);
            throw file != null ? file : new InputError(SafeText.shown(output.toString()) + ": cannot be written", e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // the partial file is named .part, so it is never taken for an export
        }
    }
}
