package org.yjinspect.cli;

import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import picocli.CommandLine.Command;

/** {@code yjinspect export dictionary --inspection ID [--format csv|xlsx] --output FILE [--force]}. */
@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = "What every column of the exports means: each prompt's and key question's wording and the values allowed.")
final class ExportDictionaryCommand extends ExportFileCommand {
    @Override
    ExportFile file(ExportFiles files, ExportFormat format) {
        return files.dictionary(inspection, format);
    }
}
