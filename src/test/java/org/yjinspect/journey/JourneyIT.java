package org.yjinspect.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.EligibilityWindows;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.sampling.domain.EligibilityPolicy;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * A whole inspection in real Chromium, in the browser only (the accounts are the one thing made
 * beforehand): the lead inspector creates it, builds the team, uploads a caseload with a bad row
 * and imports the valid ones, draws the sample and allocates its cases; the inspector, in a
 * browser of their own, answers every prompt and key question as they go and submits each case;
 * the lead returns one for rework with a reason, it comes back and is accepted; the lead records
 * the organisational evidence and proposed ratings; the panel member decides every rating; the
 * lead publishes through the confirmation page; then every page shows the inspection locked and
 * a form opened before publication is refused with the 423 page.
 *
 * <p>Publication needs every sampled case accepted, every scored standard rated and decided
 * (PublicationPolicy). So the caseload is small on purpose: one eligible court disposal and one
 * eligible out-of-court disposal (no resettlement case, so 4.1 is not rated), which the sample
 * takes whole: two cases to assess, and the five qualitative standards 1.1 to 1.4 and 3.4.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class JourneyIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static final String SERVICE = "Afon Teifi Youth Justice Service";
    private static final LocalDate ANNOUNCED = Fixtures.ANNOUNCED;
    private static final List<String> QUALITATIVE = List.of("1.1", "1.2", "1.3", "1.4", "3.4");
    /** The pages that say why they offer no form; the case pages say it too (checked below). */
    private static final List<String> SAYS_LOCKED = List.of("", "/team", "/caseload", "/sample", "/allocations");
    private static final String REWORK = "The evidence for the first standard does not say who was spoken to.";
    private static CaseRecord court;
    private static CaseRecord outOfCourt;
    private static String csv;

    @BeforeAll
    static void accounts(Application app) {
        TestUsers.account(app, "Lowri");
        TestUsers.account(app, "Ifan");
        TestUsers.account(app, "Siwan");
        caseload();
    }

    /** One eligible case of each assessed type, and a third row whose gender nobody records (line 4). */
    private static void caseload() {
        EligibilityPolicy eligible = new EligibilityPolicy(ANNOUNCED, EligibilityWindows.DEFAULTS);
        List<CaseRecord> made = Fixtures.caseload(20241014, 200);
        court = made.stream().filter(c -> c.caseType() == CaseType.COURT_DISPOSAL && eligible.isEligible(c))
                .findFirst().orElseThrow();
        outOfCourt = made.stream().filter(c -> c.caseType() == CaseType.OUT_OF_COURT_DISPOSAL
                && eligible.isEligible(c)).findFirst().orElseThrow();
        CaseRecord third = made.stream().filter(c -> c.caseType() == CaseType.COURT_DISPOSAL && c != court)
                .findFirst().orElseThrow();
        List<String> lines = new ArrayList<>(List.of(Fixtures.csv(List.of(court, outOfCourt, third)).split("\r?\n")));
        String[] fields = lines.get(3).split(",", -1);
        assertThat(fields).as("a plain line of the made-up caseload").hasSize(12);
        fields[5] = "banana";
        lines.set(3, String.join(",", fields));
        csv = String.join("\n", lines) + "\n";
    }

    @Test
    void aLeadAndTheirTeamTakeAnInspectionFromSignInToItsPublishedAndLockedPages() {
        SetUpPages lead = new SetUpPages(site.signedIn("lowri", "/", BrowserSession.DESKTOP_WIDTH, true), site.base());
        long id = setUp(lead);
        String cases = "/inspections/" + id + "/cases";
        CaseScreen inspector = new CaseScreen(site.signedIn("ifan", cases, BrowserSession.DESKTOP_WIDTH, true),
                site.base());
        CaseScreen leadsCase = new CaseScreen(lead.page, site.base());
        assess(inspector, leadsCase, cases);
        organisation(new OrganisationPage(lead.page, site.base()), id);
        panel(new PanelPages(site.signedIn("siwan", "/inspections/" + id + "/panel", BrowserSession.DESKTOP_WIDTH,
                true), site.base()));
        Screen opened = new Screen(site.signedIn("lowri", "/inspections/" + id + "/team", BrowserSession.DESKTOP_WIDTH,
                true), site.base());
        publish(new PanelPages(lead.page, site.base()), id);
        locked(lead, inspector, id);
        aFormOpenedBeforePublicationIsRefused(opened);
    }

    private static long setUp(SetUpPages lead) {
        assertThat(lead.heading()).isEqualTo("Inspections");
        lead.check("01-inspections");
        lead.createInspection(SERVICE, ANNOUNCED, ANNOUNCED.plusWeeks(3), ANNOUNCED.plusWeeks(4));
        assertThat(lead.heading()).isEqualTo(SERVICE);
        assertThat(lead.main()).contains("Lead inspector lowri", "14 October 2024");
        lead.checkBothWidths("02-overview-new");

        lead.tab("Team");
        lead.addMember("ifan", "Inspector");
        assertThat(lead.banner()).contains("added to the team");
        lead.addMember("siwan", "Ratings panel member");
        assertThat(lead.table("Members and their roles")).contains("ifan inspector", "siwan ratings panel member",
                "lowri lead inspector");
        lead.check("03-team");

        lead.tab("Caseload");
        lead.upload("caseload.csv", csv);
        assertThat(lead.errorSummary()).contains("There is a problem", "Line 4, column gender");
        assertThat(lead.rowErrors()).hasSize(1).first().asString().startsWith("4 | gender | banana | The gender ");
        lead.checkBothWidths("04-caseload-errors");
        lead.importValidRows(2);
        assertThat(lead.banner()).contains("The caseload has been imported: 2 cases");
        lead.check("05-caseload-imported");

        lead.tab("Sample");
        lead.drawSample("20241014");
        assertThat(lead.banner()).contains("The sample has been drawn");
        assertThat(lead.table("The split by case type")).contains("Court disposal 1 1 1", "N = 1 eligible", "n0 =",
                "Out-of-court disposal 1 1 1");
        lead.checkBothWidths("06-sample");

        lead.tab("Allocation of cases");
        assertThat(lead.sampledCases()).containsExactlyInAnyOrder(court.reference(), outOfCourt.reference());
        lead.allocate(court.reference(), "ifan");
        assertThat(lead.banner()).contains("The case has been allocated");
        lead.allocate(outOfCourt.reference(), "ifan");
        assertThat(lead.allocationOf(court.reference())).contains("ifan");
        assertThat(lead.allocationOf(outOfCourt.reference())).contains("ifan");
        lead.check("07-allocation");
        return lead.inspectionId();
    }

    /** The inspector answers both cases; the lead returns the court case once, then accepts both. */
    private static void assess(CaseScreen inspector, CaseScreen lead, String cases) {
        assertThat(inspector.heading()).isEqualTo("Cases");
        inspector.check("08-cases-inspector");
        inspector.open(court.reference());
        assertThat(inspector.heading()).contains("Case " + court.reference()).contains("Not started");
        assertThat(inspector.standards()).hasSize(4);
        inspector.answerStandard("Yes").evidence("The plan was written with the child and their carer, and says so.");
        assertThat(inspector.status()).isEqualTo("In progress");
        inspector.checkBothWidths("09-case-court-first-standard-saved");
        inspector.answerEverything("Yes");
        inspector.page.reload();
        assertThat(inspector.stillToAnswer()).contains("0 prompts and 0 key questions");
        inspector.submit();
        assertThat(inspector.banner()).contains("The case is now submitted");
        inspector.check("10-case-court-submitted");

        lead.go(cases);
        lead.open(court.reference()).returnForRework(REWORK);
        assertThat(lead.banner()).contains("returned for rework");
        lead.check("11-case-court-returned");
        inspector.page.reload();
        assertThat(inspector.fact("Returned for rework because")).isEqualTo(REWORK);
        inspector.check("12-case-court-back-with-the-inspector");
        inspector.submit();
        assertThat(inspector.banner()).contains("The case is now submitted");
        lead.page.reload();
        lead.accept();
        assertThat(lead.banner()).contains("accepted");
        assertThat(lead.status()).isEqualTo("Accepted");
        lead.check("13-case-court-accepted");

        inspector.go(cases);
        inspector.open(outOfCourt.reference());
        assertThat(inspector.standards()).hasSize(3);
        inspector.answerEverything("Yes").submit();
        assertThat(inspector.banner()).contains("The case is now submitted");
        lead.go(cases);
        lead.open(outOfCourt.reference()).accept();
        assertThat(lead.status()).isEqualTo("Accepted");
        lead.go(cases);
        assertThat(lead.main()).doesNotContain("Not started", "In progress", "Submitted");
        lead.check("14-cases-accepted");
    }

    private static void organisation(OrganisationPage lead, long id) {
        lead.go("/inspections/" + id);
        for (String standard : QUALITATIVE) {
            lead.recordEvidence(standard, 1, "Seen in the board minutes of March and in interviews with managers.");
            lead.proposeRating(standard, "Good", "Strengths outweigh the areas for improvement (" + standard + ").");
        }
        assertThat(lead.main()).contains("Last saved by lowri");
        lead.checkBothWidths("15-organisation");
    }

    private static void panel(PanelPages panel) {
        assertThat(panel.heading()).isEqualTo("Ratings panel");
        panel.check("16-panel-before");
        List<String> standards = panel.decidable();
        assertThat(standards).containsAll(QUALITATIVE).contains("2.1", "2.4", "3.1", "3.3");
        for (String standard : standards) {
            panel.confirm(standard, "The panel confirms the rating on the figures and the evidence.");
            assertThat(panel.banner()).contains("The panel decision for standard " + standard + " is saved");
        }
        assertThat(panel.finalRating("1.1")).isEqualTo("Good");
        panel.checkBothWidths("17-panel-decided");
    }

    private static void publish(PanelPages lead, long id) {
        lead.go("/inspections/" + id + "/panel");
        lead.check("18-panel-lead");
        lead.toConfirmation();
        assertThat(lead.heading()).isEqualTo("Publish the ratings");
        assertThat(lead.main()).contains("every case and its assessment", "Nothing can be undone")
                .doesNotContain("What stands in the way");
        lead.checkBothWidths("19-publish-confirmation");
        lead.publishAndLock();
        assertThat(lead.banner()).contains("The ratings are published and the inspection is locked");
        assertThat(lead.main()).contains("Published and locked", "Published by lowri");
        lead.check("20-published");
    }

    /** Every page of the inspection, to its lead and to the inspector, shows no form that would change it. */
    private static void locked(Screen lead, Screen inspector, long id) {
        String at = "/inspections/" + id;
        List<String> pages = List.of("", "/team", "/caseload", "/sample", "/allocations", "/cases", "/organisation",
                "/panel", "/history");
        SoftAssertions.assertSoftly(softly -> {
            for (String path : pages) {
                lead.go(at + path);
                softly.assertThat(lead.changingForms()).as("forms on " + at + path + " after publication").isZero();
                if (SAYS_LOCKED.contains(path)) {
                    softly.assertThat(lead.main()).as("what " + at + path + " says").contains("published", "locked");
                }
                lead.check("21-locked" + (path.isEmpty() ? "-overview" : path.replace('/', '-')));
            }
        });
        lead.go(at + "/cases");
        for (String reference : List.of(court.reference(), outOfCourt.reference())) {
            CaseScreen shown = new CaseScreen(lead.page, lead.base).open(reference);
            assertThat(shown.changingForms()).as("forms on case " + reference + " after publication").isZero();
            assertThat(shown.main()).contains("The inspection is published and locked");
            shown.check("22-locked-case-" + reference);
            lead.go(at + "/cases");
        }
        inspector.go(at + "/cases");
        CaseScreen theirs = new CaseScreen(inspector.page, inspector.base).open(court.reference());
        assertThat(theirs.changingForms()).isZero();
        theirs.checkBothWidths("23-locked-case-inspector");
    }

    private static void aFormOpenedBeforePublicationIsRefused(Screen opened) {
        assertThat(opened.heading()).isEqualTo("Team");
        opened.page.getByLabel("Username").fill("siwan");
        opened.page.getByLabel("Inspector", new Page.GetByLabelOptions().setExact(true)).check();
        Response response = opened.page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> opened.button("Add to the team").click());
        assertThat(response.status()).isEqualTo(423);
        assertThat(opened.heading()).isEqualTo("This cannot be changed now");
        assertThat(opened.main()).contains("published").doesNotContain("\"error\"", "Exception");
        opened.check("24-locked-refusal");
    }
}
