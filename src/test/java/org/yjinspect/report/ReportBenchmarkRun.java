package org.yjinspect.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.render.ReportRenderer;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;

/**
 * The report's time for an inspection of 100 sampled cases, every case answered: assembling the
 * report from the database plus rendering HTML, and the same plus the PDF. Run on demand only
 * (docs/report.md): {@code mvn -B -q test -Dtest=ReportBenchmarkRun -Dyjinspect.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@EnabledIfSystemProperty(named = "yjinspect.bench", matches = "true")
class ReportBenchmarkRun {
    private static final int WARM_UP = 5;
    private static final int RUNS = 10;

    @Test
    void reportOfOneHundredCases(Application app) {
        SampledInspection s = SampledInspection.create(app, "2021", 100, 4000, 45, 3);
        for (AssessedCase c : s.cases()) {
            if (c.caseType() != CaseType.RESETTLEMENT) {
                Answering.answerAll(app, s.id(), c, c.sampleCaseId() % 4 == 0 ? "no" : "yes", SeedInspection.LEAD);
            }
        }
        System.out.println("cases in the sample: " + s.cases().size());
        assertThat(s.cases().size()).isBetween(95, 105);
        ReportRenderer renderer = new ReportRenderer();
        long[] assemble = time(() -> app.reports().report(s.id()));
        InspectionReport assembled = app.reports().report(s.id());
        long[] htmlAlone = time(() -> renderer.html(assembled));
        long[] pdfAlone = time(() -> renderer.pdf(assembled, new ByteArrayOutputStream()));
        long[] html = time(() -> renderer.html(app.reports().report(s.id())));
        int[] bytes = new int[1];
        long[] pdf = time(() -> {
            InspectionReport report = app.reports().report(s.id());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.pdf(report, out);
            bytes[0] = out.size();
        });
        System.out.println("assemble only (ms): " + summary(assemble));
        System.out.println("HTML from an assembled report (ms): " + summary(htmlAlone));
        System.out.println("PDF from an assembled report (ms): " + summary(pdfAlone));
        System.out.println("assemble + HTML (ms): " + summary(html));
        System.out.println("assemble + HTML + PDF (ms): " + summary(pdf) + "; " + bytes[0] + " bytes");
    }

    private static long[] time(Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        return ms;
    }

    private static String summary(long[] ms) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        return "median " + sorted[sorted.length / 2] + ", min " + sorted[0] + ", max " + sorted[sorted.length - 1]
                + " (" + RUNS + " runs after " + WARM_UP + " warm-up)";
    }
}
