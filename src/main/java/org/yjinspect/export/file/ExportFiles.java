package org.yjinspect.export.file;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.yjinspect.export.app.AuditExport;
import org.yjinspect.export.app.CaseExports;
import org.yjinspect.export.app.ExportSubject;
import org.yjinspect.export.app.Exports;
import org.yjinspect.export.app.Table;
import org.yjinspect.export.csv.CsvTable;
import org.yjinspect.export.domain.CaseLayout;
import org.yjinspect.export.xlsx.XlsxWorkbook;
import org.yjinspect.platform.problem.Problem;

/**
 * Each export in each format as a file: the case-level export (CSV in one layout; XLSX with both
 * layouts and the data dictionary as sheets), the data dictionary, and the audit trail (CSV).
 * Each method looks the inspection up first, so a refusal comes before any byte is written.
 */
public final class ExportFiles {
    private final CaseExports cases;
    private final AuditExport audit;
    private final SecondReadingFile secondReadings;

    public ExportFiles(Exports exports) {
        this(exports, null);
    }

    /** With both readings of the second-read cases too ({@link #secondReadings}). */
    public ExportFiles(Exports exports, SecondReadingFile secondReadings) {
        this.cases = exports.cases();
        this.audit = exports.audit();
        this.secondReadings = secondReadings;
    }

    /** Both readings of the second-read cases (CSV only). */
    public ExportFile secondReadings(long inspectionId, ExportFormat format) {
        Problem.require(secondReadings != null, "this export of both readings is not available here");
        return secondReadings.of(inspectionId, format);
    }

    /** CSV: the layout given; XLSX: a workbook of both layouts and the dictionary (the layout is not asked for). */
    public ExportFile cases(long inspectionId, CaseLayout layout, ExportFormat format) {
        ExportSubject subject = cases.subject(inspectionId);
        if (format == ExportFormat.XLSX) {
            return new ExportFile(subject.fileName("cases", "xlsx"), XlsxWorkbook.CONTENT_TYPE, out -> {
                XlsxWorkbook workbook = new XlsxWorkbook(out);
                cases.workbook(inspectionId, workbook);
                workbook.finish();
            });
        }
        return csv(subject.fileName("cases-" + layout.word(), "csv"), table -> cases.cases(inspectionId, layout, table));
    }

    public ExportFile dictionary(long inspectionId, ExportFormat format) {
        ExportSubject subject = cases.subject(inspectionId);
        if (format == ExportFormat.XLSX) {
            return new ExportFile(subject.fileName("data-dictionary", "xlsx"), XlsxWorkbook.CONTENT_TYPE, out -> {
                XlsxWorkbook workbook = new XlsxWorkbook(out);
                cases.dictionary(inspectionId, workbook.sheet(CaseExports.DICTIONARY_SHEET));
                workbook.finish();
            });
        }
        return csv(subject.fileName("data-dictionary", "csv"), table -> cases.dictionary(inspectionId, table));
    }

    public ExportFile audit(long inspectionId, ExportFormat format) {
        Problem.require(format == ExportFormat.CSV, "the audit trail is exported as CSV only; use --format csv");
        ExportSubject subject = audit.subject(inspectionId);
        return csv(subject.fileName("audit", "csv"), table -> audit.write(inspectionId, table));
    }

    private static ExportFile csv(String fileName, Consumer<Table> rows) {
        return new ExportFile(fileName, CsvTable.CONTENT_TYPE, (OutputStream out) -> {
            CsvTable table = CsvTable.on(out);
            rows.accept(table);
            table.finish();
        });
    }
}
