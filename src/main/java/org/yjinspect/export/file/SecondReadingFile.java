package org.yjinspect.export.file;

import org.yjinspect.export.app.ExportSubject;
import org.yjinspect.export.app.SecondReadingExport;
import org.yjinspect.export.csv.CsvTable;
import org.yjinspect.platform.problem.Problem;

/**
 * Both readings of the second-read cases as a file: CSV only (one row per case and item). The
 * inspection is looked up first, so a missing one is refused before any byte is written.
 */
public final class SecondReadingFile {
    private final SecondReadingExport export;

    public SecondReadingFile(SecondReadingExport export) {
        this.export = export;
    }

    public ExportFile of(long inspectionId, ExportFormat format) {
        Problem.require(format == ExportFormat.CSV, "both readings are exported as CSV only; use --format csv");
        ExportSubject subject = export.subject(inspectionId);
        return new ExportFile(subject.fileName("second-readings", "csv"), CsvTable.CONTENT_TYPE, out -> {
            CsvTable table = CsvTable.on(out);
            export.write(inspectionId, table);
            table.finish();
        });
    }
}
