package org.yjinspect.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.yjinspect.Application;
import org.yjinspect.platform.json.Json;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BodyLimits;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.app.ImportedInspection;
import org.yjinspect.transfer.json.InspectionDocumentReader;
import org.yjinspect.transfer.web.ImportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yjinspect inspection import FILE --as USER}: an exported inspection as a new one, led by USER. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import an inspection exported by"
        + " 'inspection export' (from this or another yjinspect) as a new inspection led by --as USER; all of it or"
        + " nothing (docs/transfer.md).")
final class TransferImportCommand extends RecordCommand {
    @Parameters(paramLabel = "FILE", description = "The exported inspection (JSON).")
    Path file;
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    protected int change(Application app, PrintWriter out) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportedInspection imported;
        try {
            if (Files.size(file) > BodyLimits.LARGEST_INSPECTION_IMPORT) {
                throw new InputError(SafeText.shown(file.toString()) + ": the file is larger than "
                        + BodyLimits.LARGEST_INSPECTION_IMPORT / (1024 * 1024) + " MB, more than any inspection holds;"
                        + " check that it is an inspection exported by yjinspect. Nothing was imported");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                var document = new InspectionDocumentReader(name).read(in);
                imported = app.transfer().importDocument(new ImportInspectionCommand(document, name, actor(),
                        account()));
            }
        } catch (IOException e) {
            InputError failure = InputError.fromFile(e);
            throw failure != null ? failure : new InputError(SafeText.shown(file.toString()) + ": cannot be read", e);
        }
        if (json) {
            out.println(Json.write(ImportJson.of(imported)));
        } else {
            out.println("Imported " + SafeText.shown(name) + " as inspection " + imported.inspectionId() + " (inspection "
                    + imported.sourceInspectionId() + " where it was exported), led by " + account()
                    + (imported.published() ? "; it was published there, so it is published and locked here" : ""));
            new TreeMap<>(imported.records()).forEach((section, rows) -> out.println("  " + section + ": " + rows));
        }
        return 0;
    }
}
