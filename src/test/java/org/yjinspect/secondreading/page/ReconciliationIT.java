package org.yjinspect.secondreading.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * Reconciliation in real Chromium: ifan judged every key question of a case Yes, siwan No; the
 * lead sees the differences side by side, is told a reason is required, settles one (without
 * JavaScript, then one with it); the settlement is in the case's history, the case's live answer
 * is the agreed one, and both readings are still shown. The agreement and effect pages and the
 * report's annexe show the second reading too.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class ReconciliationIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static final String WHY = "The plan in the case record was never shared with the child.";
    private static ReadTwice read;

    @BeforeAll
    static void readTwice(Application app) {
        read = ReadTwice.create(app, 52).chosenForSiwan().readBySiwan("yes", "no").submittedByIfan();
    }

    @Test
    void theLeadSettlesADifferenceAndBothReadingsStay() {
        CaseViews.KeyQuestionForm kq = read.app().assessments().show(read.id(), read.court().sampleCaseId())
                .standards().get(0).keyQuestions().get(0);
        String page = "/inspections/" + read.id() + "/second-reading/reconciliation";
        SecondReadingScreen lead = new SecondReadingScreen(site.signedIn("lowri", page, BrowserSession.DESKTOP_WIDTH,
                false), site.base());
        assertThat(lead.heading()).isEqualTo("Differences to settle");
        assertThat(lead.difference(kq.id()).textContent()).contains("First reading, ifan", "Yes",
                "Second reading, siwan", "No");
        lead.settle(kq.id(), "No", " ");
        assertThat(lead.errorSummary()).contains("There is a problem", "Enter why this is the agreed answer");
        lead.settle(kq.id(), "No", WHY);
        assertThat(lead.banner()).contains("The difference has been settled");
        assertThat(lead.difference(kq.id()).textContent()).as("both readings are still shown, with the agreed answer")
                .contains("First reading, ifan", "Yes", "Second reading, siwan", "Agreed answer", "No", "lowri", WHY);
        assertThat(read.app().assessments().show(read.id(), read.court().sampleCaseId()).standards().get(0)
                .keyQuestions().get(0).answer().answer()).as("the live answer").isEqualTo(KeyQuestionAnswer.NO);

        SecondReadingScreen withScript = new SecondReadingScreen(site.signedIn("lowri", page,
                BrowserSession.DESKTOP_WIDTH, true), site.base());
        withScript.checkBothWidths("10-reconciliation");
        String history = "/inspections/" + read.id() + "/history?case=" + read.court().reference() + "&standard=2.1";
        lead.go(history);
        assertThat(lead.main()).contains(WHY);
        withScript.go(history).check("11-history-with-settlement");
        withScript.go(read.casePath());
        assertThat(withScript.main()).contains("Case " + read.court().reference());

        withScript.go("/inspections/" + read.id() + "/second-reading/agreement");
        assertThat(withScript.main()).contains("Key questions", "Kappa", "AC1", "On the 1 case");
        withScript.checkBothWidths("12-agreement");
        withScript.go("/inspections/" + read.id() + "/second-reading/effect");
        assertThat(withScript.heading()).isEqualTo("Effect on ratings");
        withScript.checkBothWidths("13-effect");
        withScript.go("/inspections/" + read.id() + "/second-reading");
        withScript.checkBothWidths("14-cases-and-readers");
        withScript.go("/inspections/" + read.id() + "/report");
        assertThat(withScript.main()).contains("1 case was read a second time", "Cohen's kappa", "Gwet's AC1");
    }
}
