package org.yjinspect.sampling.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.db.JdbiSamples;
import org.yjinspect.sampling.domain.Stratum;
import org.yjinspect.support.Fixtures;

@ExtendWith(EmbeddedPostgresExtension.class)
class SampleServiceTest {
    private static final Actor ACTOR = new Actor("sampler");
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static Inspection withCaseload(String version, long caseloadSeed, int rows) {
        Inspection inspection = Fixtures.createInspection(app, version);
        Fixtures.importCsv(app, inspection.id(), Fixtures.csv(Fixtures.caseload(caseloadSeed, rows)), false);
        return inspection;
    }

    private static SampleReport draw(Inspection inspection, Long seed) {
        return app.samples().draw(new DrawSampleCommand(inspection.id(), seed, null, null, null, null, null, ACTOR)).sample();
    }

    @Test
    void aDrawFollowsThePlanMatchesThePopulationAndStoresItsSeed() {
        SampleReport report = draw(withCaseload("2021", 11, 2000), null);
        assertThat(report.allWithinOneCase()).isTrue();
        for (SampleReport.CaseTypeSample part : report.caseTypes()) {
            assertThat(part.cases()).hasSize(part.planned());
        }
        SampleReport.CaseTypeSample court = part(report, CaseType.COURT_DISPOSAL);
        assertThat(court.planned()).isEqualTo(new org.yjinspect.sampling.domain.SampleSizePolicy(80, 5, 0,
                Integer.MAX_VALUE).sizeFor(court.eligible()).n());
        assertThat(part(report, CaseType.RESETTLEMENT).planned()).isEqualTo(3);
        assertThat(report.sample().seed()).isEqualTo(app.samples().show(report.inspection().id()).sample().seed());
    }

    @Test
    void theSameSeedAndCaseloadGiveTheSameSampleOnAnotherInspection() {
        SampleReport first = draw(withCaseload("2021", 12, 800), 424242L);
        SampleReport second = draw(withCaseload("2021", 12, 800), 424242L);
        assertThat(references(second)).isEqualTo(references(first));
        assertThat(references(draw(withCaseload("2021", 12, 800), 7L))).isNotEqualTo(references(first));
    }

    @Test
    void the2018FrameworkTakesFortyPercentOutOfCourtAndNoResettlementCases() {
        SampleReport report = draw(withCaseload("2018", 13, 600), 3L);
        int court = part(report, CaseType.COURT_DISPOSAL).planned();
        assertThat(part(report, CaseType.OUT_OF_COURT_DISPOSAL).planned()).isEqualTo((court * 40 + 59) / 60);
        assertThat(part(report, CaseType.RESETTLEMENT).planned()).isZero();
    }

    @Test
    void aSampleIsDrawnOnceAndOnlyFromACaseload() {
        Inspection empty = Fixtures.createInspection(app, "2021");
        assertThatThrownBy(() -> draw(empty, 1L)).isInstanceOf(Problem.class).hasMessageContaining("no caseload yet");
        Inspection inspection = withCaseload("2021", 14, 100);
        draw(inspection, 1L);
        assertThatThrownBy(() -> draw(inspection, 2L)).isInstanceOf(Problem.class)
                .hasMessageContaining("already been drawn");
    }

    @Test
    void aReplacementComesFromTheSameStratumAndTheHistoryIsKept() {
        Inspection inspection = withCaseload("2021", 15, 3000);
        SampleReport before = draw(inspection, 5L);
        SampleReport.SampledCaseLine out = part(before, CaseType.COURT_DISPOSAL).cases().get(0);
        StoredSample.ReplacementRecord record = app.samples().replace(
                new ReplaceSampledCaseCommand(inspection.id(), out.reference(), "case file unavailable", ACTOR));
        SampleReport after = app.samples().show(inspection.id());
        assertThat(record.replacedReference()).isEqualTo(out.reference());
        assertThat(record.matchReason()).startsWith("same stratum");
        SampleReport.SampledCaseLine in = part(after, CaseType.COURT_DISPOSAL).cases().stream()
                .filter(c -> c.reference().equals(record.replacementReference())).findFirst().orElseThrow();
        assertThat(Stratum.of(in.record())).isEqualTo(Stratum.of(out.record()));
        assertThat(in.selectedBy()).isEqualTo(StoredSample.SelectedBy.REPLACEMENT);
        assertThat(references(after)).hasSameSizeAs(references(before)).doesNotContain(out.reference());
        assertThat(after.sample().replacements()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("case file unavailable"));
        assertThat(after.sample().caseWithReference(out.reference()).orElseThrow().status())
                .isEqualTo(StoredSample.Status.REPLACED);
        assertThat(after.allWithinOneCase()).isTrue();
        assertThatThrownBy(() -> app.samples().replace(new ReplaceSampledCaseCommand(inspection.id(), out.reference(),
                "again", ACTOR))).isInstanceOf(Problem.class).hasMessageContaining("already been replaced");
        assertThatThrownBy(() -> app.samples().replace(new ReplaceSampledCaseCommand(inspection.id(), "NOPE-1",
                "x", ACTOR))).isInstanceOf(Problem.class).hasMessageContaining("not in the sample");
    }

    @Test
    void aReplacementWorkedOutFromAStaleSampleIsRefused() {
        Inspection inspection = withCaseload("2021", 16, 500);
        draw(inspection, 9L);
        StoredSample stale = app.samples().show(inspection.id()).sample();
        List<StoredSample.SampleCase> selected = stale.selected();
        app.samples().replace(new ReplaceSampledCaseCommand(inspection.id(), selected.get(0).reference(), "ill", ACTOR));
        JdbiSamples repository = new JdbiSamples(app.database().jdbi(),
                new org.yjinspect.records.db.InspectionWrites(app.database().jdbi()));
        long someCase = app.caseloads().caseload(inspection.id()).cases().get(0).id();
        assertThatThrownBy(() -> repository.replace(stale, selected.get(1), someCase, "late", "n/a", ACTOR))
                .isInstanceOf(Problem.class).hasMessageContaining("changed while");
        assertThat(app.samples().show(inspection.id()).sample().replacements()).hasSize(1);
    }

    @Test
    void concurrentReplacementsEitherSucceedOrAreRefusedAndNoneIsLost() throws Exception {
        Inspection inspection = withCaseload("2021", 17, 2000);
        List<String> targets = draw(inspection, 11L).caseTypes().stream().flatMap(p -> p.cases().stream())
                .map(SampleReport.SampledCaseLine::reference).limit(8).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (String target : targets) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    app.samples().replace(new ReplaceSampledCaseCommand(inspection.id(), target, "unavailable", ACTOR));
                    return true;
                } catch (Problem refused) {
                    assertThat(refused.kind()).isEqualTo(Problem.Kind.CONFLICT);
                    return false;
                }
            }));
        }
        start.countDown();
        long succeeded = 0;
        for (java.util.concurrent.Future<Boolean> result : results) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();
        StoredSample after = app.samples().show(inspection.id()).sample();
        assertThat(succeeded).isPositive();
        assertThat(after.replacements()).hasSize((int) succeeded);
        assertThat(after.cases().stream().map(StoredSample.SampleCase::reference).distinct().count())
                .isEqualTo(after.cases().size());
        assertThat(after.selected()).hasSize(after.cases().size() - (int) succeeded);
    }

    @Test
    void theFrameworkVersionOfAnInspectionCannotBeChanged() {
        Inspection inspection = Fixtures.createInspection(app, "2018");
        assertThatThrownBy(() -> app.database().jdbi().useHandle(h -> h.execute(
                "update inspection set framework_version = '2021' where id = ?", inspection.id())))
                .hasMessageContaining("fixed for its whole life");
    }

    private static SampleReport.CaseTypeSample part(SampleReport report, CaseType type) {
        return report.caseTypes().stream().filter(p -> p.caseType() == type).findFirst().orElseThrow();
    }

    private static List<String> references(SampleReport report) {
        return report.caseTypes().stream().flatMap(p -> p.cases().stream())
                .map(SampleReport.SampledCaseLine::reference).sorted().toList();
    }
}
