package org.yjinspect.sampling.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.caseload.app.ImportCaseloadCommand;
import org.yjinspect.caseload.csv.CaseloadCsvReader;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;

/** Setting up an inspection, importing its caseload, drawing and adjusting its sample: each in the trail with its actor. */
@ExtendWith(EmbeddedPostgresExtension.class)
class SamplingAuditTrailTest {
    private static final Actor ANNA = new Actor("anna");
    private static final Actor BEN = new Actor("ben");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static List<AuditEntry> trail(long id, String entity) {
        return app.audit().entries(new AuditQuery(id, null, null, 0, 0)).stream()
                .filter(e -> e.entity().equals(entity)).toList();
    }

    @Test
    void everyStepBeforeTheAssessmentsIsRecordedWithWhoTookIt() {
        CreateInspectionCommand setUp = Fixtures.inspection("2021");
        Inspection inspection = app.inspections().create(new CreateInspectionCommand(setUp.serviceName(),
                setUp.kind(), setUp.frameworkVersion(), setUp.announcementDate(), setUp.fieldworkStart(),
                setUp.fieldworkEnd(), "6-10", null, null, ANNA, null));
        long id = inspection.id();
        assertThat(trail(id, "inspection")).extracting(AuditEntry::record, AuditEntry::field, AuditEntry::oldValue,
                AuditEntry::newValue, AuditEntry::actor).contains(
                tuple(String.valueOf(id), "service_name", null, "Northshire Youth Justice Service", "anna"),
                tuple(String.valueOf(id), "framework_version", null, "2021", "anna"),
                tuple(String.valueOf(id), "announcement_date", null, "2024-10-14", "anna"),
                tuple(String.valueOf(id), "court_window", null, "6-10", "anna"));

        for (int rows : new int[] {200, 400}) {
            app.caseloads().importCaseload(new ImportCaseloadCommand(id, new CaseloadCsvReader().read("export.csv",
                    Fixtures.csv(Fixtures.caseload(rows, rows)).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    false, rows == 200 ? ANNA : BEN));
        }
        assertThat(trail(id, "caseload")).extracting(AuditEntry::record, AuditEntry::field, AuditEntry::oldValue,
                AuditEntry::newValue, AuditEntry::actor).containsExactly(
                tuple("revision 1", "cases", "0", "200", "anna"), tuple("revision 1", "source", null, "export.csv", "anna"),
                tuple("revision 2", "cases", "200", "400", "ben"), tuple("revision 2", "source", null, "export.csv", "ben"));

        SampleReport drawn = app.samples().draw(new DrawSampleCommand(id, 99L, null, null, null, null, null, BEN))
                .sample();
        String sampleId = String.valueOf(drawn.sample().id());
        assertThat(trail(id, "sample")).extracting(AuditEntry::record, AuditEntry::field, AuditEntry::newValue,
                AuditEntry::actor).contains(tuple(sampleId, "status", "drawn", "ben"), tuple(sampleId, "seed", "99", "ben"),
                tuple(sampleId, "rules", "confidence 80%, margin 5 points, minimum 0, maximum none, resettlement cap 3",
                        "ben"), tuple(sampleId, "caseload_revision", "2", "ben"));
        assertThat(trail(id, "sample")).filteredOn(e -> e.field().equals("cases")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).matches("court \\d+, out_of_court \\d+, resettlement \\d+"));

        String out = drawn.caseTypes().get(0).cases().get(0).reference();
        StoredSample.ReplacementRecord replaced = app.samples().replace(new ReplaceSampledCaseCommand(id, out,
                "case file unavailable", ANNA));
        assertThat(app.audit().entries(new AuditQuery(id, out, null, 0, 0)))
                .extracting(AuditEntry::entity, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue,
                        AuditEntry::actor).containsExactly(tuple("sample_case", "status", "SELECTED", "REPLACED", "anna"),
                        tuple("sample_case", "replacement_reason", null, "case file unavailable", "anna"));
        assertThat(app.audit().entries(new AuditQuery(id, replaced.replacementReference(), null, 0, 0)))
                .extracting(AuditEntry::field, AuditEntry::newValue).containsExactly(tuple("status", "SELECTED"),
                        tuple("replaces", out), tuple("match_reason", replaced.matchReason()));
    }
}
