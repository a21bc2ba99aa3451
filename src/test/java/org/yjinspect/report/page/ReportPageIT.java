package org.yjinspect.report.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The report as the application shows it, in real Chromium at both widths: its ratings page,
 * chapters and annexes pass axe, nothing runs past the screen's edge, and someone who may not read
 * the ratings (a local assessor) is refused the page.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class ReportPageIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static SampledInspection fieldwork;

    @BeforeAll
    static void start(Application app) {
        fieldwork = SampledInspection.create(app, "2021", 47, 300, 4, 0);
        TestUsers.join(app, fieldwork.id(), "Gwen", Role.LEAD_INSPECTOR);
        TestUsers.join(app, fieldwork.id(), "Dai", Role.LOCAL_ASSESSOR);
        List<AssessedCase> court = fieldwork.ofType(CaseType.COURT_DISPOSAL);
        Answering.complete(app, fieldwork.id(), court.get(0), "yes", new Actor("gwen"));
        Answering.answerAll(app, fieldwork.id(), court.get(1), "no", new Actor("gwen"));
    }

    @Test
    void theLeadReadsTheReportAtBothWidthsAndItPassesAxe() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = site.signedIn("gwen", "/inspections/" + fieldwork.id() + "/report", width, true);
            assertThat(page.locator("h1").first().textContent()).contains("An inspection of youth justice services in");
            assertThat(page.locator("#methodology").count()).isEqualTo(1);
            assertThat(page.locator("#inspection-data").count()).isEqualTo(1);
            assertThat(page.content()).contains("Awaiting the ratings panel");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("the report runs past the screen's edge at " + width).isEqualTo(false);
            BrowserFixture.shoot(page, "report-page-" + width);
            page.context().close();
        }
    }

    @Test
    void theReportAndExportsPagePassesAxe() {
        Page page = site.signedIn("gwen", "/inspections/" + fieldwork.id() + "/report-and-exports",
                BrowserSession.TABLET_WIDTH, true);
        assertThat(page.locator("h1").first().textContent()).isEqualTo("Report and exports");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserFixture.shoot(page, "report-and-exports-768");
        page.context().close();
    }

    @Test
    void aLocalAssessorIsRefusedTheReport() {
        Page page = site.signedIn("dai", "/inspections/" + fieldwork.id() + "/report", BrowserSession.DESKTOP_WIDTH,
                true);
        assertThat(page.content()).doesNotContain("Annexe 2: Inspection data");
        assertThat(page.locator("h1").first().textContent()).doesNotContain("An inspection of youth justice services");
        page.context().close();
    }
}
