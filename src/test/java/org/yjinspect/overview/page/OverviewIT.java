package org.yjinspect.overview.page;

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
 * The list of inspections, "Create an inspection", the overview and the history in real
 * Chromium: a lead creates an inspection through the form (with JavaScript and without), finds
 * it in the list and opens its overview; a mistake comes back in the error summary with what was
 * typed; a local assessor sees only the cases allocated to them and no ratings; the lead sees
 * every case, the live ratings and what stands in the way of publication; the history filters by
 * case and standard and pages on. Screenshots at both widths; no serious accessibility violation.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class OverviewIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static SampledInspection sampled;
    private static AssessedCase localsCase;
    private static List<AssessedCase> completed;

    @BeforeAll
    static void start(Application app) {
        TestUsers.account(app, "lowri");
        sampled = SampledInspection.create(app, "2021", 41, 300, 6, 0);
        TestUsers.join(app, sampled.id(), "gwen", Role.LEAD_INSPECTOR);
        TestUsers.join(app, sampled.id(), "dai", Role.LOCAL_ASSESSOR);
        List<AssessedCase> court = sampled.ofType(CaseType.COURT_DISPOSAL);
        localsCase = court.get(0);
        TestUsers.allocate(app, sampled.id(), localsCase.reference(), "dai");
        completed = court.subList(1, 3);
        completed.forEach(c -> Answering.complete(app, sampled.id(), c, "yes", new Actor("gwen")));
    }

    /** The whole page, and what the first screen of it shows (the whole of a long page is too small to judge by eye). */
    private static void shoot(Page page, String name) {
        BrowserSession.screenshot(page, name);
        BrowserFixture.shootScreen(page, name + "-first-screen");
    }

    /** What one screen shows from the section headed {@code heading} on, for looking at a long page part by part. */
    private static void shootFrom(Page page, String name, String heading) {
        page.locator("h2, caption").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(heading)).first()
                .evaluate("h => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10)");
        BrowserFixture.shootScreen(page, name + "-" + heading.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-"));
    }

    @Test
    void aLeadCreatesAnInspectionWithJavaScriptFindsItInTheListAndOpensItsOverview() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = site.newPage(width, true);
            InspectionsPage list = InspectionsPage.signIn(page, site.base(), "lowri", TestUsers.PASSWORD);
            assertThat(list.heading()).isEqualTo("Inspections");
            CreateInspectionPage form = list.create();
            assertThat(Axe.seriousViolations(page)).isEmpty();
            shoot(page, "create-inspection-" + width);
            String service = "Glanllyn Youth Justice Service " + width;
            form.serviceName(service).kind("Self-assessment").framework("2018")
                    .date("Announcement date", "14", "10", "2024").date("Fieldwork starts", "4", "11", "2024")
                    .date("Fieldwork ends", "8", "11", "2024").courtWindow("6-12").submit();
            OverviewPage overview = new OverviewPage(page);
            assertThat(overview.heading()).isEqualTo(service);
            assertThat(overview.tabs()).containsExactly("Overview", "Team", "Caseload", "Sample", "Cases",
                    "Organisation", "Ratings panel", "Second reading", "Comparison", "Report", "History");
            assertThat(overview.text()).contains("Set up").contains("14 October 2024")
                    .contains("4 to 8 November 2024").contains("Court disposals: 6 to 12 months")
                    .contains("Lead inspector lowri").contains("no caseload has been imported yet");
            assertThat(overview.sections()).contains("What stands in the way of publication", "Ratings so far");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            shoot(page, "overview-new-" + width);
            list = InspectionsPage.open(page, site.base());
            assertThat(list.row(service)).contains("Self-assessment").contains("2018").contains("Set up")
                    .contains("No sample drawn yet");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            shoot(page, "inspections-list-" + width);
            assertThat(list.openOverview(service).heading()).isEqualTo(service);
            page.context().close();
        }
    }

    @Test
    void withoutJavaScriptAMistakeComesBackInTheErrorSummaryWithWhatWasTypedAndThenTheInspectionIsCreated() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        CreateInspectionPage form = InspectionsPage.signIn(page, site.base(), "lowri", TestUsers.PASSWORD).create();
        form.framework("2021").date("Announcement date", "14", "10", "2024").date("Fieldwork starts", "31", "2", "2024")
                .date("Fieldwork ends", "8", "11", "").submit();
        assertThat(page.title()).startsWith("Error: ");
        assertThat(form.errorSummary()).contains("There is a problem").contains("Enter the service name")
                .contains("The fieldwork start date must be a real date")
                .contains("The fieldwork end date must include a day, a month and a year");
        assertThat(form.fieldError("serviceName")).contains("Enter the service name");
        assertThat(form.value("Day")).isEqualTo("14");
        shoot(page, "create-inspection-errors");
        String service = "Afonwen Youth Justice Service";
        form.serviceName(service).date("Fieldwork starts", "4", "11", "2024").date("Fieldwork ends", "1", "11", "2024")
                .submit();
        assertThat(form.errorSummary()).contains("Fieldwork ends (2024-11-01) before it starts (2024-11-04)");
        assertThat(form.fieldError("fieldworkEnd")).contains("before it starts");
        form.date("Fieldwork ends", "8", "11", "2024").submit();
        OverviewPage overview = new OverviewPage(page);
        assertThat(overview.heading()).isEqualTo(service);
        assertThat(InspectionsPage.open(page, site.base()).row(service)).contains("Inspection").contains("2021");
        page.context().close();
    }

    @Test
    void theFormWithItsErrorSummaryHasNoSeriousAccessibilityViolation() {
        Page page = site.newPage(BrowserSession.TABLET_WIDTH, true);
        CreateInspectionPage form = InspectionsPage.signIn(page, site.base(), "lowri", TestUsers.PASSWORD).create();
        form.submit();
        assertThat(form.errorSummary()).contains("Enter the service name")
                .contains("Choose the framework version the inspection follows").contains("Enter the announcement date");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        shoot(page, "create-inspection-errors-768");
        page.context().close();
    }

    @Test
    void aLocalAssessorSeesOnlyTheCasesAllocatedToThemAndNoRatings() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        InspectionsPage.signIn(page, site.base(), "dai", TestUsers.PASSWORD);
        OverviewPage overview = OverviewPage.open(page, site.base(), sampled.id());
        assertThat(overview.caseReferences()).containsExactly(localsCase.reference());
        assertThat(overview.tabs()).containsExactly("Overview", "Team", "Cases");
        assertThat(overview.text()).doesNotContain(completed.get(0).reference()).doesNotContain("Score");
        assertThat(overview.sections()).doesNotContain("Ratings so far", "What stands in the way of publication");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        shoot(page, "overview-local-assessor");
        page.context().close();
    }

    @Test
    void theLeadSeesEveryCaseTheLiveRatingsAndWhatStandsInTheWayOfPublication() {
        for (int width : new int[] {BrowserSession.DESKTOP_WIDTH, BrowserSession.TABLET_WIDTH}) {
            Page page = site.newPage(width, true);
            InspectionsPage list = InspectionsPage.signIn(page, site.base(), "gwen", TestUsers.PASSWORD);
            assertThat(list.row("Northshire Youth Justice Service")).contains("Fieldwork")
                    .contains("2 of " + sampled.cases().size() + " cases assessed");
            OverviewPage overview = list.openOverview("Northshire Youth Justice Service");
            assertThat(overview.caseReferences()).hasSize(sampled.cases().size()).contains(localsCase.reference());
            assertThat(overview.text()).contains("Score so far").contains("/36").contains("2.1")
                    .contains("Lowest key question").contains("case assessments are not accepted yet")
                    .contains(localsCase.reference() + " Court disposal Not started 0 of 12 dai").contains("dai");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            shoot(page, "overview-lead-" + width);
            shootFrom(page, "overview-lead-" + width, "What stands in the way of publication");
            shootFrom(page, "overview-lead-" + width, "2. Court disposals");
            shootFrom(page, "overview-lead-" + width, "Progress per standard");
            shootFrom(page, "overview-lead-" + width, "Cases");
            shoot(InspectionsPage.open(page, site.base()).page(), "inspections-sampled-" + width);
            page.context().close();
        }
    }

    @Test
    void theHistoryIsFilteredByCaseAndByStandardAndPagedOn() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        InspectionsPage.signIn(page, site.base(), "gwen", TestUsers.PASSWORD);
        HistoryPage history = OverviewPage.open(page, site.base(), sampled.id()).history();
        assertThat(history.heading()).isEqualTo("History");
        assertThat(history.hasNextPage()).isTrue();
        List<String> first = history.rows();
        assertThat(first).hasSize(50);
        assertThat(history.nextPage().rows()).isNotEmpty().doesNotContainAnyElementsOf(first);
        String reference = completed.get(0).reference();
        List<String> ofCase = history.filter(reference, "").rows();
        assertThat(ofCase).isNotEmpty().allSatisfy(row -> assertThat(row).contains("case " + reference));
        assertThat(history.filter(reference, "2.1").rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains("case " + reference).contains("standard 2.1"));
        history.filter("", "9.9");
        assertThat(history.errorSummary()).contains("a standard is written like 2.1".replaceFirst("a", "A"));
        shoot(page, "history-error");
        page.context().close();
        Page withScript = site.newPage(BrowserSession.TABLET_WIDTH, true);
        InspectionsPage.signIn(withScript, site.base(), "gwen", TestUsers.PASSWORD);
        HistoryPage shown = OverviewPage.open(withScript, site.base(), sampled.id()).history().filter(reference, "");
        assertThat(Axe.seriousViolations(withScript)).isEmpty();
        shoot(withScript, "history-768");
        shown.filter("", "9.9");
        assertThat(Axe.seriousViolations(withScript)).isEmpty();
        withScript.context().close();
        Page desktop = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        InspectionsPage.signIn(desktop, site.base(), "gwen", TestUsers.PASSWORD);
        OverviewPage.open(desktop, site.base(), sampled.id()).history();
        shoot(desktop, "history-1366");
        desktop.context().close();
    }
}
