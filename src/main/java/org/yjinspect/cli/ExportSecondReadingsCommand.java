package org.yjinspect.cli;

import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import picocli.CommandLine.Command;

/** {@code yjinspect export second-readings --inspection ID [--format csv] --output FILE [--force]}. */
@Command(name = "second-readings", mixinStandardHelpOptions = true,
        description = "Both readings of every case read a second time whose two readings are submitted, as CSV: one"
                + " row per case and item with the first and second answers, the agreed answer, who settled it and why.")
final class ExportSecondReadingsCommand extends ExportFileCommand {
    @Override
    ExportFile file(ExportFiles files, ExportFormat format) {
        return files.secondReadings(inspection, format);
    }
}
