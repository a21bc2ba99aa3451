package org.yjinspect.assessment.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.PromptAnswer;
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
 * A case assessed in real Chromium: answers saved one by one with JavaScript (and kept over a
 * reload), a standard posted whole without it, a dropped connection that loses nothing, a
 * conflict between two browsers settled by the second person, the case submitted, returned
 * and accepted; a local assessor sees only their case. No serious accessibility violation.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class CaseAssessmentIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static SampledInspection sample;
    private static List<AssessedCase> ceris;
    private static AssessedCase localsCase;

    @BeforeAll
    static void start(Application app) {
        sample = SampledInspection.create(app, "2021", 41, 300, 8, 0);
        TestUsers.join(app, sample.id(), "lowri", Role.LEAD_INSPECTOR);
        TestUsers.join(app, sample.id(), "ceri", Role.INSPECTOR);
        TestUsers.join(app, sample.id(), "dafydd", Role.LOCAL_ASSESSOR);
        List<AssessedCase> court = sample.ofType(CaseType.COURT_DISPOSAL);
        ceris = court.subList(0, 6);
        ceris.forEach(c -> TestUsers.allocate(app, sample.id(), c.reference(), "ceri"));
        localsCase = court.get(6);
        TestUsers.allocate(app, sample.id(), localsCase.reference(), "dafydd");
    }

    private static final String ROSH = "Your classification: Risk of serious harm";

    private static String path(AssessedCase c) {
        return "/inspections/" + sample.id() + "/cases/" + c.sampleCaseId();
    }

    private static CaseViews.CaseAssessment stored(AssessedCase c) {
        return site.app().assessments().show(sample.id(), c.sampleCaseId());
    }

    private static List<CaseViews.PromptForm> prompts(AssessedCase c) {
        return stored(c).standards().get(0).keyQuestions().get(0).prompts();
    }

    private static PromptAnswer answerOf(AssessedCase c, String promptId) {
        return stored(c).standards().stream().flatMap(s -> s.keyQuestions().stream()).flatMap(k -> k.prompts().stream())
                .filter(p -> p.id().equals(promptId)).findFirst().orElseThrow().answer().answer();
    }

    @Test
    void withJavaScriptEachAnswerSavesAsItIsGivenAndIsThereAfterAReload() {
        AssessedCase c = ceris.get(0);
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = site.newPage(width, true);
            CasePage cases = CasePage.signIn(page, site.base(), "ceri", "/inspections/" + sample.id() + "/cases");
            assertThat(cases.heading()).isEqualTo("Cases");
            assertThat(page.locator("table").textContent()).contains(c.reference());
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "cases-" + width);
            CasePage form = cases.open(site.base(), path(c));
            String answer = width == BrowserSession.DESKTOP_WIDTH ? "Yes" : "No";
            CaseViews.PromptForm first = prompts(c).get(0);
            form.answer(first.text(), answer).waitForState(first.text(), "Saved");
            assertThat(answerOf(c, first.id())).isEqualTo(width == BrowserSession.DESKTOP_WIDTH ? PromptAnswer.YES
                    : PromptAnswer.NO);
            String judgement = "Your judgement: " + stored(c).standards().get(0).keyQuestions().get(0).text();
            String judged = width == BrowserSession.DESKTOP_WIDTH ? "No" : "Yes";
            form.answer(judgement, judged).waitForState(judgement, "Saved");
            assertThat(page.locator("[data-warnings]").first().textContent()).as("the warning follows the answers")
                    .contains("judged " + judged);
            String level = width == BrowserSession.DESKTOP_WIDTH ? "High" : "Very high";
            form.answer(ROSH, level).waitForState(ROSH, "Saved");
            assertThat(stored(c).judgement().riskOfSeriousHarm().label()).isEqualTo(level);
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "case-" + width);
            page.evaluate("window.scrollTo(0, 0)");
            BrowserFixture.shootScreen(page, "case-top-" + width);
            page.reload();
            assertThat(form.chosen(first.text(), answer)).isTrue();
            assertThat(form.chosen(judgement, judged)).isTrue();
            page.context().close();
        }
    }

    @Test
    void withoutJavaScriptAStandardIsPostedWholeAndTheNextStandardFollows() {
        AssessedCase c = ceris.get(1);
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        CasePage form = CasePage.signIn(page, site.base(), "ceri", path(c));
        List<CaseViews.PromptForm> prompts = prompts(c);
        form.answer(prompts.get(0).text(), "Yes").answer(prompts.get(1).text(), "No");
        form.fill("Evidence notes", "Plan written with the child and their carer.").press("Save and continue");
        assertThat(form.banner()).contains("Your answers have been saved");
        assertThat(page.url()).contains("standard=" + stored(c).standards().get(1).number());
        assertThat(answerOf(c, prompts.get(0).id())).isEqualTo(PromptAnswer.YES);
        assertThat(answerOf(c, prompts.get(1).id())).isEqualTo(PromptAnswer.NO);
        assertThat(stored(c).standards().get(0).keyQuestions().get(0).evidence().note())
                .isEqualTo("Plan written with the child and their carer.");
        BrowserSession.screenshot(page, "case-saved-no-js");
        form.answer(ROSH, "Medium").answer("Do you agree with the service's risk of serious harm classification ("
                + org.yjinspect.assessment.page.Words.term(c.serviceRiskOfSeriousHarm()) + ")?", "No")
                .press("Save classifications");
        assertThat(form.banner()).contains("Your answers have been saved");
        assertThat(stored(c).judgement().riskOfSeriousHarm().label()).isEqualTo("Medium");
        assertThat(stored(c).judgement().riskOfSeriousHarmAgreesWithService()).isFalse();
        page.context().close();
    }

    @Test
    void anAnswerGivenWhileTheConnectionIsDownReachesTheServerWhenItIsBack() {
        AssessedCase c = ceris.get(2);
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        CasePage form = CasePage.signIn(page, site.base(), "ceri", path(c));
        CaseViews.PromptForm first = prompts(c).get(0);
        page.context().setOffline(true);
        form.answer(first.text(), "Yes").waitForState(first.text(), "Not saved – will retry");
        BrowserSession.screenshot(page, "case-offline");
        assertThat(answerOf(c, first.id())).isNull();
        page.context().setOffline(false);
        form.waitForState(first.text(), "Saved");
        assertThat(answerOf(c, first.id())).isEqualTo(PromptAnswer.YES);
        page.context().close();
    }

    @Test
    void twoBrowsersAnsweringTheSameQuestionSeeEachOthersAnswerAndTheSecondChooses() {
        AssessedCase c = ceris.get(3);
        CaseViews.PromptForm first = prompts(c).get(0);
        CaseViews.PromptForm second = prompts(c).get(1);
        Page ceri = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        Page lowri = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        CasePage hers = CasePage.signIn(ceri, site.base(), "ceri", path(c));
        CasePage lead = CasePage.signIn(lowri, site.base(), "lowri", path(c));
        hers.answer(first.text(), "Yes").waitForState(first.text(), "Saved");
        lead.answer(first.text(), "No");
        assertThat(lead.conflictText(first.text())).contains("ceri gave Yes").contains("Your answer, No");
        assertThat(Axe.seriousViolations(lowri)).isEmpty();
        BrowserSession.screenshot(lowri, "case-conflict-js");
        lowri.locator("[data-conflict]").first().scrollIntoViewIfNeeded();
        BrowserFixture.shootScreen(lowri, "case-conflict-js-panel");
        lead.press("Keep my answer").waitForState(first.text(), "Saved");
        assertThat(answerOf(c, first.id())).isEqualTo(PromptAnswer.NO);

        // Without JavaScript: the lead's whole standard is posted after ceri changed one of its answers.
        Page plain = site.newPage(BrowserSession.TABLET_WIDTH, false);
        CasePage noScript = CasePage.signIn(plain, site.base(), "lowri", path(c));
        noScript.answer(second.text(), "No");
        hers.answer(second.text(), "Yes").waitForState(second.text(), "Saved");
        noScript.press("Save and continue");
        assertThat(noScript.errorSummary()).contains("ceri changed").contains(second.text());
        assertThat(plain.content()).contains("ceri gave");
        BrowserSession.screenshot(plain, "case-conflict-no-js-768");
        BrowserFixture.shootScreen(plain, "case-conflict-no-js-top-768");
        plain.locator("[data-conflict]").first().scrollIntoViewIfNeeded();
        BrowserFixture.shootScreen(plain, "case-conflict-no-js-panel-768");
        noScript.choose("Take ceri's answer").press("Save and continue");
        assertThat(noScript.banner()).contains("Your answers have been saved");
        assertThat(answerOf(c, second.id())).isEqualTo(PromptAnswer.YES);
        ceri.context().close();
        lowri.context().close();
        plain.context().close();
    }

    @Test
    void theInspectorSubmitsTheCaseAndTheLeadReturnsItWithAReasonThenAcceptsIt() {
        AssessedCase c = ceris.get(4);
        Answering.answerAll(site.app(), sample.id(), c, "yes", new Actor("ceri"));
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        CasePage form = CasePage.signIn(page, site.base(), "ceri", path(c)).press("Submit the case");
        assertThat(form.banner()).contains("The case is now submitted");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Accept the case")).count()).isZero();
        page.context().close();

        Page leads = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        CasePage lead = CasePage.signIn(leads, site.base(), "lowri", path(c)).press("Return for rework");
        assertThat(lead.errorSummary()).contains("Enter why the case goes back for rework");
        assertThat(Axe.seriousViolations(leads)).isEmpty();
        BrowserSession.screenshot(leads, "case-status-error");
        BrowserFixture.shootScreen(leads, "case-status-error-top");
        lead.fill("Why does the case go back for rework?", "Evidence for 2.1 is thin.").press("Return for rework");
        assertThat(lead.banner()).contains("returned for rework");
        assertThat(stored(c).status().status()).isEqualTo(AssessmentStatus.RETURNED_FOR_REWORK);
        lead.press("Submit the case").press("Accept the case");
        assertThat(lead.banner()).contains("accepted");
        assertThat(stored(c).status().status()).isEqualTo(AssessmentStatus.ACCEPTED);
        leads.context().close();
    }

    @Test
    void aLocalAssessorSeesOnlyTheCaseAllocatedToThem() {
        Page page = site.newPage(BrowserSession.TABLET_WIDTH, true);
        CasePage cases = CasePage.signIn(page, site.base(), "dafydd", "/inspections/" + sample.id() + "/cases");
        assertThat(page.locator("table tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("table").textContent()).contains(localsCase.reference())
                .doesNotContain(ceris.get(0).reference());
        assertThat(page.navigate(site.base() + path(ceris.get(0))).status()).isEqualTo(404);
        assertThat(page.navigate(site.base() + path(localsCase)).status()).isEqualTo(200);
        assertThat(cases.heading()).contains(localsCase.reference());
        page.context().close();
    }

    /** Not a check: the save round trip as the browser sees it, over 200 answers, for docs/benchmarks.md. */
    @Test
    void saveRoundTripSeenFromTheBrowser() {
        AssessedCase c = ceris.get(5);
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        CasePage.signIn(page, site.base(), "ceri", path(c));
        String url = "/api/inspections/" + sample.id() + "/assessments/" + c.sampleCaseId() + "/prompts/"
                + prompts(c).get(0).id();
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) page.evaluate("async (url) => {"
                + " const csrf = document.querySelector('[data-case-form]').dataset.csrf; let revision = 0; const times = [];"
                + " for (let i = 0; i < 200; i++) { const start = performance.now();"
                + "  const r = await fetch(url, {method: 'PUT', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf},"
                + "   body: JSON.stringify({answer: i % 2 ? 'no' : 'yes', baseRevision: revision})});"
                + "  const body = await r.json(); if (!r.ok) throw new Error(JSON.stringify(body));"
                + "  revision = body.saved.revision; times.push(performance.now() - start); }"
                + " return times; }", url);
        List<Double> sorted = new ArrayList<>(times.stream().map(Number::doubleValue).sorted().toList());
        assertThat(sorted).hasSize(200);
        System.out.printf("Save round trip from the browser over %d answers: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(), sorted.get(99), sorted.get(197), sorted.get(199));
        page.context().close();
    }
}
