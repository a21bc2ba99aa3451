package org.yjinspect.support;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.caseload.app.ImportCaseloadCommand;
import org.yjinspect.caseload.app.ImportReport;
import org.yjinspect.caseload.csv.CaseloadCsvReader;
import org.yjinspect.caseload.csv.CaseloadCsvWriter;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.records.domain.Actor;

/** Shared set-up for tests that go through the use cases: an inspection and a made-up caseload. */
public final class Fixtures {
    public static final LocalDate ANNOUNCED = LocalDate.of(2024, 10, 14);
    /** Who sets up the test inspections, as their audit trails record it. */
    public static final Actor SET_UP = new Actor("test set-up");

    private Fixtures() {
    }

    public static CreateInspectionCommand inspection(String version) {
        return new CreateInspectionCommand("Northshire Youth Justice Service", "inspection", version, ANNOUNCED,
                ANNOUNCED.plusWeeks(3), ANNOUNCED.plusWeeks(4), null, null, null, SET_UP, null);
    }

    public static Inspection createInspection(Application app, String version) {
        return app.inspections().create(inspection(version));
    }

    public static List<CaseRecord> caseload(long seed, int rows) {
        return new SyntheticCaseload(seed, ANNOUNCED).cases(rows);
    }

    public static String csv(List<CaseRecord> cases) {
        StringWriter out = new StringWriter();
        new CaseloadCsvWriter().write(cases, out);
        return out.toString();
    }

    public static ImportReport importCsv(Application app, long inspectionId, String csv, boolean skipInvalid) {
        return app.caseloads().importCaseload(new ImportCaseloadCommand(inspectionId,
                new CaseloadCsvReader().read("caseload.csv", csv.getBytes(StandardCharsets.UTF_8)), skipInvalid, SET_UP));
    }
}
