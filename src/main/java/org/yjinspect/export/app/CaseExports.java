package org.yjinspect.export.app;

import java.util.function.Function;
import org.yjinspect.export.domain.CaseLayout;
import org.yjinspect.export.domain.CaseTables;
import org.yjinspect.export.domain.DataDictionary;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;

/**
 * Use case: the case-level export of an inspection, in its framework version's columns. The
 * inspection is looked up first ({@link #subject}), so a missing one is refused before the first
 * byte is written; then the rows stream from the database straight into the writer.
 */
public final class CaseExports {
    /** The sheets of the workbook, in order. */
    public static final String WIDE_SHEET = "Cases (wide)";
    public static final String LONG_SHEET = "Answers (long)";
    public static final String DICTIONARY_SHEET = "Data dictionary";
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final ExportedCases cases;

    public CaseExports(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                       ExportedCases cases) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.cases = cases;
    }

    /** The inspection to export, or not found (a deleted one too: its cases are gone). */
    public ExportSubject subject(long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        return new ExportSubject(inspection.id(), inspection.details().serviceName());
    }

    public void cases(long inspectionId, CaseLayout layout, Table out) {
        CaseTables tables = tables(inspectionId);
        cases.inOneView(inspectionId, reading -> write(tables, layout, reading, out));
    }

    public void dictionary(long inspectionId, Table out) {
        writeDictionary(tables(inspectionId), out);
    }

    /** All three in one workbook, the two layouts from the same view of the records. */
    public void workbook(long inspectionId, Workbook out) {
        CaseTables tables = tables(inspectionId);
        cases.inOneView(inspectionId, reading -> {
            write(tables, CaseLayout.WIDE, reading, out.sheet(WIDE_SHEET));
            write(tables, CaseLayout.LONG, reading, out.sheet(LONG_SHEET));
        });
        writeDictionary(tables, out.sheet(DICTIONARY_SHEET));
    }

    private CaseTables tables(long inspectionId) {
        return new CaseTables(frameworks.apply(inspections.get(inspectionId).frameworkVersion()));
    }

    private static void write(CaseTables tables, CaseLayout layout, ExportedCases.Reading reading, Table out) {
        out.header(tables.columns(layout));
        if (layout == CaseLayout.WIDE) {
            reading.eachCase(c -> out.row(tables.wideRow(c)));
        } else {
            reading.eachCase(c -> tables.longRows(c).forEach(out::row));
        }
    }

    private static void writeDictionary(CaseTables tables, Table out) {
        out.header(DataDictionary.COLUMNS);
        DataDictionary.rows(tables).forEach(out::row);
    }
}
