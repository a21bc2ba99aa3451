package org.yjinspect.caseload.app;

import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.inspection.app.InspectionService;

/**
 * Importing a caseload into an inspection, and reading it back. All or nothing by default, in
 * one transaction, so a half-finished import never leaves partial rows. A published inspection
 * is refused as locked before the file is even judged.
 */
public final class CaseloadService {
    private final InspectionService inspections;
    private final Caseloads caseloads;

    public CaseloadService(InspectionService inspections, Caseloads caseloads) {
        this.inspections = inspections;
        this.caseloads = caseloads;
    }

    public ImportReport importCaseload(ImportCaseloadCommand command) {
        long id = inspections.writable(command.inspectionId(), command.actor()).id();
        ParsedCaseload parsed = command.parsed();
        int invalid = (int) parsed.invalidRows();
        if (!parsed.valid() && !command.skipInvalid()) {
            return refused(id, parsed, parsed.errors().size() + " errors in " + invalid + " of " + parsed.rowsRead()
                    + " rows; nothing was imported (fix them, or use --skip-invalid to import the valid rows)");
        }
        if (parsed.cases().isEmpty()) {
            return refused(id, parsed, "no valid rows to import; the caseload was not changed");
        }
        int revision = caseloads.replaceBeforeSampling(id, parsed.cases(),
                new Caseloads.Source(parsed.source(), invalid), command.actor());
        String summary = parsed.cases().size() + " cases imported from " + parsed.source()
                + (invalid > 0 ? "; " + invalid + " invalid rows left out" : "");
        return new ImportReport(id, parsed.source(), true, parsed.rowsRead(), parsed.cases().size(), invalid,
                revision, parsed.errors(), summary);
    }

    public CaseloadSnapshot caseload(long inspectionId) {
        return caseloads.snapshot(inspections.get(inspectionId).id());
    }

    private static ImportReport refused(long id, ParsedCaseload parsed, String summary) {
        return new ImportReport(id, parsed.source(), false, parsed.rowsRead(), 0, parsed.invalidRows(), -1,
                parsed.errors(), summary);
    }
}
