package org.yjinspect.organisation.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The organisational delivery pages in real Chromium: the index of the qualitative standards
 * (evidence recorded, proposed rating, a link to each) and one page per standard with previous
 * and next links; a lead inspector records evidence, a proposed rating, key data, staff survey
 * lines and meetings with JavaScript on and off (every form), at both widths, each form coming
 * back to the standard's page; a refused value is shown on its field; a change made meanwhile in
 * another browser is shown with who made it instead of being overwritten; an inspector reads
 * without forms and a local assessor is refused.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class OrganisationIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static long inspectionId;
    private static OrganisationView.QualitativeStandard first;

    @BeforeAll
    static void start(Application app) {
        TestUsers.account(app, "Lowri");
        CreateInspectionCommand c = Fixtures.inspection("2021");
        inspectionId = app.inspections().create(new CreateInspectionCommand("Bro Taf YJS", c.kind(),
                c.frameworkVersion(), c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null,
                new Actor("lowri"), "lowri")).id();
        TestUsers.join(app, inspectionId, "Ifan", Role.INSPECTOR);
        TestUsers.join(app, inspectionId, "Siwan", Role.LOCAL_ASSESSOR);
        first = app.organisation().show(inspectionId).standards().get(0);
    }

    /** The lead inspector on the first standard's page. */
    private static OrganisationDeliveryPage lead(int width, boolean javaScript) {
        return OrganisationDeliveryPage.open(site.newPage(width, javaScript), site.base(), inspectionId, "lowri",
                TestUsers.PASSWORD).standard(first.number());
    }

    @Test
    void theIndexListsEachQualitativeStandardWithItsEvidenceAndRatingAndLeadsToItsPageAndOnToTheNext() {
        var standards = site.app().organisation().show(inspectionId).standards();
        assertThat(standards).hasSizeGreaterThan(1);
        var last = standards.get(standards.size() - 1);
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = site.newPage(width, true);
            OrganisationDeliveryPage index = OrganisationDeliveryPage.open(page, site.base(), inspectionId, "lowri",
                    TestUsers.PASSWORD);
            assertThat(index.heading()).isEqualTo("Organisational delivery");
            assertThat(index.indexRow(last.number())).contains(last.name())
                    .contains("0 of " + last.questions().size() + " questions").contains("Not proposed yet");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "organisation-index-" + width);
            index.standard(first.number());
            assertThat(index.heading()).isEqualTo(first.number() + " " + first.name());
            assertThat(index.pagination()).singleElement().asString().startsWith("Next standard: "
                    + standards.get(1).number());
            index.follow("Next");
            assertThat(index.heading()).startsWith(standards.get(1).number() + " ");
            assertThat(index.pagination()).first().asString().startsWith("Previous standard: " + first.number());
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "organisation-standard-" + width);
            page.context().close();
        }
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        OrganisationDeliveryPage.open(page, site.base(), inspectionId, "lowri", TestUsers.PASSWORD);
        page.navigate(site.base() + "/inspections/" + inspectionId + "/organisation/standards/2.1");
        assertThat(page.locator("h1").textContent()).as("a standard judged on cases has no page here")
                .isEqualTo("Page not found");
        page.context().close();
    }

    @Test
    void withJavaScriptALeadRecordsEvidenceARatingKeyDataAndSurveyLines() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        OrganisationDeliveryPage organisation = OrganisationDeliveryPage.open(page, site.base(), inspectionId, "lowri",
                TestUsers.PASSWORD).standard(first.number());
        assertThat(organisation.heading()).isEqualTo(first.number() + " " + first.name());
        assertThat(Axe.seriousViolations(page)).isEmpty();
        String question = first.questions().get(0).text();
        organisation.recordEvidence(first.number(), 1, question, "The board meets monthly; minutes show challenge.");
        assertThat(page.url()).as("saved in place, without leaving the page").doesNotContain("saved=");
        assertThat(organisation.evidence(first.number(), 1, question).inputValue())
                .isEqualTo("The board meets monthly; minutes show challenge.");
        assertThat(organisation.section("standard-" + first.number().replace('.', '-'))).contains("Saved");
        organisation.reload();
        assertThat(organisation.evidence(first.number(), 1, question).inputValue())
                .isEqualTo("The board meets monthly; minutes show challenge.");
        assertThat(organisation.section("standard-" + first.number().replace('.', '-'))).contains("Last saved by lowri");
        organisation.recordEvidence(first.number(), 1, question, "Changed again in place, on the next revision.");
        organisation.reload();
        assertThat(organisation.evidence(first.number(), 1, question).inputValue())
                .isEqualTo("Changed again in place, on the next revision.");
        organisation.propose(first.number(), "Good", "Strong governance, with clear oversight of risk.");
        assertThat(site.app().organisation().show(inspectionId).standards().get(0).proposedRating().rating().label())
                .isEqualTo("Good");
        organisation.keyData("1,250,000", "forty");
        assertThat(organisation.errorSummary()).contains("Enter the staff headcount as a whole number");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "organisation-refused-1366");
        organisation.keyData("1250000", "42");
        assertThat(organisation.section("key-data")).contains("Saved");
        organisation.addSurveyLine("I have manageable caseloads", "35", "72.5");
        assertThat(organisation.section("staff-survey")).contains("I have manageable caseloads").contains("72.5");
        organisation.changeSurveyLine("I have manageable caseloads", "80", false);
        assertThat(organisation.section("staff-survey")).contains("80");
        organisation.addSurveyLine("I get regular supervision", "35", "64");
        organisation.changeSurveyLine("I get regular supervision", null, true);
        assertThat(organisation.section("staff-survey")).doesNotContain("I get regular supervision");
        assertThat(page.url()).as("each form comes back to the standard's page")
                .contains("/organisation/standards/" + first.number());
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "organisation-1366");
        OrganisationDeliveryPage index = OrganisationDeliveryPage.open(page, site.base(), inspectionId, "lowri",
                TestUsers.PASSWORD);
        assertThat(index.indexRow(first.number())).contains("1 of " + first.questions().size() + " questions")
                .contains("Good");
        page.context().close();
    }

    @Test
    void withoutJavaScriptEveryFormOfAStandardsPageSavesAtTabletWidth() {
        var standards = site.app().organisation().show(inspectionId).standards();
        var second = standards.get(1);
        OrganisationDeliveryPage organisation = OrganisationDeliveryPage.open(site.newPage(
                BrowserSession.TABLET_WIDTH, false), site.base(), inspectionId, "lowri", TestUsers.PASSWORD)
                .standard(second.number());
        String path = "/organisation/standards/" + second.number();
        String question = second.questions().get(1).text();
        organisation.recordEvidence(second.number(), 2, question, "Partnership arrangements are written down.");
        assertThat(organisation.evidence(second.number(), 2, question).inputValue())
                .isEqualTo("Partnership arrangements are written down.");
        assertThat(pageOf(organisation).url()).contains(path);
        organisation.propose(second.number(), "Requires improvement", "Partners do not share information.");
        assertThat(pageOf(organisation).url()).contains(path);
        assertThat(site.app().organisation().show(inspectionId).standards().get(1).proposedRating().rating().label())
                .isEqualTo("Requires improvement");
        organisation.keyData("980000", "31");
        assertThat(organisation.section("key-data")).contains("Saved");
        assertThat(pageOf(organisation).url()).contains(path);
        organisation.addSurveyLine("I know who to ask for advice", "30", "90");
        organisation.changeSurveyLine("I know who to ask for advice", "85", false);
        assertThat(organisation.section("staff-survey")).contains("85");
        organisation.changeSurveyLine("I know who to ask for advice", null, true);
        assertThat(organisation.section("staff-survey")).doesNotContain("I know who to ask for advice");
        assertThat(pageOf(organisation).url()).contains(path);
        organisation.addMeeting("31", "2", "2026", "Interview", "head of service", "1");
        assertThat(organisation.errorSummary()).contains("must be a real date");
        organisation.addMeeting("3", "2", "2026", "Interview", "head of service", "1");
        assertThat(organisation.section("meetings")).contains("head of service").contains("3 February 2026");
        organisation.addMeeting("4", "2", "2026", "Focus group", "youth workers", "6");
        assertThat(organisation.section("meetings")).contains("youth workers");
        organisation.changeMeeting("youth workers", "youth workers and volunteers");
        assertThat(organisation.section("meetings")).contains("youth workers and volunteers");
        organisation.removeMeeting("youth workers and volunteers");
        assertThat(organisation.section("meetings")).doesNotContain("youth workers").contains("head of service");
        assertThat(pageOf(organisation).url()).contains(path);
        organisation.reload();
        BrowserSession.screenshot(pageOf(organisation), "organisation-768");
        pageOf(organisation).context().close();
    }

    @Test
    void aChangeMadeMeanwhileInAnotherBrowserIsShownWithWhoMadeItNotOverwritten() {
        OrganisationDeliveryPage mine = lead(BrowserSession.DESKTOP_WIDTH, false);
        OrganisationDeliveryPage other = lead(BrowserSession.DESKTOP_WIDTH, false);
        String question = first.questions().get(2).text();
        other.recordEvidence(first.number(), 3, question, "Their note, saved first.");
        mine.recordEvidence(first.number(), 3, question, "My note, typed on an older page.");
        assertThat(mine.errorSummary()).contains("was changed by lowri on").contains("your change was not saved");
        assertThat(mine.section("standard-" + first.number().replace('.', '-'))).contains("Your version, not saved")
                .contains("My note, typed on an older page.");
        assertThat(mine.evidence(first.number(), 3, question).inputValue()).isEqualTo("Their note, saved first.");
        BrowserSession.screenshot(pageOf(mine), "organisation-conflict-1366");
        mine.recordEvidence(first.number(), 3, question, "Their note, saved first. And mine.");
        assertThat(mine.evidence(first.number(), 3, question).inputValue()).isEqualTo("Their note, saved first. And mine.");
        pageOf(mine).context().close();
        pageOf(other).context().close();
    }

    @Test
    void anInspectorReadsWithoutFormsAndALocalAssessorIsRefused() {
        Page page = site.newPage(BrowserSession.TABLET_WIDTH, true);
        OrganisationDeliveryPage inspector = OrganisationDeliveryPage.open(page, site.base(), inspectionId, "ifan",
                TestUsers.PASSWORD);
        assertThat(inspector.heading()).isEqualTo("Organisational delivery");
        inspector.standard(first.number());
        assertThat(inspector.heading()).isEqualTo(first.number() + " " + first.name());
        assertThat(inspector.canSave()).isFalse();
        assertThat(page.locator("form[method='post'] textarea").count()).isZero();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "organisation-read-only-768");
        Page local = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        OrganisationDeliveryPage.open(local, site.base(), inspectionId, "siwan", TestUsers.PASSWORD);
        assertThat(local.locator("h1").textContent()).isEqualTo("You cannot do this");
        page.context().close();
        local.context().close();
    }

    private static Page pageOf(OrganisationDeliveryPage organisation) {
        return organisation.page();
    }
}
