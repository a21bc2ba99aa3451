package org.yjinspect.caseload.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.caseload.db.JdbiCaseloads;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.support.Fixtures;

@ExtendWith(EmbeddedPostgresExtension.class)
class CaseloadServiceTest {
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    @Test
    void aMistakeInRow4000Of5000ImportsNothingAndNamesTheRow() {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        String csv = Fixtures.csv(Fixtures.caseload(1, 5000));
        String[] lines = csv.split("\n", -1);
        lines[4000] = lines[4000].replaceFirst(",(low|medium|high|very_high),", ",severe,");
        ImportReport report = Fixtures.importCsv(app, inspection.id(), String.join("\n", lines), false);
        assertThat(report.imported()).isFalse();
        assertThat(report.casesImported()).isZero();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4001);
            assertThat(e.value()).isEqualTo("severe");
            assertThat(e.toString()).startsWith("line 4001, column ");
        });
        assertThat(app.caseloads().caseload(inspection.id()).cases()).isEmpty();
    }

    @Test
    void skipInvalidImportsTheValidRowsAndListsTheRest() {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        String csv = Fixtures.csv(Fixtures.caseload(2, 50)).replaceFirst("YJ-000007", "Jo Bloggs");
        ImportReport report = Fixtures.importCsv(app, inspection.id(), csv, true);
        assertThat(report.imported()).isTrue();
        assertThat(report.casesImported()).isEqualTo(49);
        assertThat(report.rowsLeftOut()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(8));
        assertThat(app.caseloads().caseload(inspection.id()).cases()).hasSize(49);
    }

    @Test
    void aFailureHalfwayThroughStoringLeavesNoPartialRows(TestDatabase db) {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        Fixtures.importCsv(app, inspection.id(), Fixtures.csv(Fixtures.caseload(3, 100)), false);
        List<CaseRecord> cases = Fixtures.caseload(4, 6000);
        List<ParsedCaseload.LineCase> lines = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            lines.add(new ParsedCaseload.LineCase(i + 2, cases.get(i)));
        }
        // The database refuses a repeated reference only when the 5,000th row reaches it,
        // after earlier batches have been written inside the transaction.
        lines.set(5000, new ParsedCaseload.LineCase(5002, cases.get(0)));
        JdbiCaseloads repository = new JdbiCaseloads(app.database().jdbi(),
                new org.yjinspect.records.db.InspectionWrites(app.database().jdbi()));
        assertThatThrownBy(() -> repository.replaceBeforeSampling(inspection.id(), lines,
                new org.yjinspect.caseload.app.Caseloads.Source("caseload.csv", 0), Fixtures.SET_UP))
                .hasMessageContaining("caseload_case_inspection_id_case_reference_key");
        CaseloadSnapshot after = app.caseloads().caseload(inspection.id());
        assertThat(after.cases()).hasSize(100);
        assertThat(after.revision()).isEqualTo(1);
    }

    @Test
    void reImportReplacesTheCaseloadOnlyBeforeTheSampleIsDrawn() {
        Inspection inspection = Fixtures.createInspection(app, "2021");
        Fixtures.importCsv(app, inspection.id(), Fixtures.csv(Fixtures.caseload(5, 300)), false);
        ImportReport again = Fixtures.importCsv(app, inspection.id(), Fixtures.csv(Fixtures.caseload(6, 200)), false);
        assertThat(again.caseloadRevision()).isEqualTo(2);
        assertThat(app.caseloads().caseload(inspection.id()).cases()).hasSize(200);
        app.samples().draw(new DrawSampleCommand(inspection.id(), 1L, null, null, null, null, null, Fixtures.SET_UP));
        assertThatThrownBy(() -> Fixtures.importCsv(app, inspection.id(), Fixtures.csv(Fixtures.caseload(7, 10)), false))
                .isInstanceOf(Problem.class).hasMessageContaining("sample has already been drawn")
                .extracting(e -> ((Problem) e).kind()).isEqualTo(Problem.Kind.CONFLICT);
        assertThat(app.caseloads().caseload(inspection.id()).cases()).hasSize(200);
    }

    @Test
    void importingIntoAnUnknownInspectionIsNotFound() {
        assertThatThrownBy(() -> Fixtures.importCsv(app, 999_999, Fixtures.csv(Fixtures.caseload(8, 5)), false))
                .isInstanceOf(Problem.class).hasMessageContaining("no inspection 999999");
    }
}
