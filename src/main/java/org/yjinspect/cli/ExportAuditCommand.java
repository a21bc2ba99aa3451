package org.yjinspect.cli;

import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import picocli.CommandLine.Command;

/** {@code yjinspect export audit --inspection ID [--format csv] --output FILE [--force]}. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Every entry of the inspection's audit trail as CSV: who, when, which record and field, old and new value.")
final class ExportAuditCommand extends ExportFileCommand {
    @Override
    ExportFile file(ExportFiles files, ExportFormat format) {
        return files.audit(inspection, format);
    }
}
