package org.yjinspect.cli;

import org.yjinspect.export.domain.CaseLayout;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect export cases --inspection ID [--format csv|xlsx] [--layout wide|long] --output FILE [--force]}. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Every sampled case's answers: CSV in one layout (wide: a row per case, long: a row per answer),"
                + " or XLSX with both layouts and the data dictionary as sheets.")
final class ExportCasesCommand extends ExportFileCommand {
    @Option(names = "--layout", paramLabel = "wide|long", description = "For CSV: wide (the default) or long.")
    String layout;

    @Override
    ExportFile file(ExportFiles files, ExportFormat format) {
        if (format == ExportFormat.XLSX && layout != null) {
            throw new InputError("--layout is for CSV: the XLSX file holds both layouts, as the sheets "
                    + "\"Cases (wide)\" and \"Answers (long)\"; leave --layout out");
        }
        return files.cases(inspection, CaseLayout.named(layout), format);
    }
}
