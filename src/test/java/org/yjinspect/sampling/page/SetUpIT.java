package org.yjinspect.sampling.page;

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
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * Setting an inspection up in real Chromium, as its lead inspector: a caseload with errors
 * (each in the error summary and the table), importing its valid rows, drawing the sample,
 * replacing a case, adding an inspector to the team and allocating them a case; with
 * JavaScript at both widths and without it, with no serious accessibility violation; and an
 * inspector, who may read all of it, is shown none of the forms.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class SetUpIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static final int ROWS = 300;

    @BeforeAll
    static void start(Application app) {
        TestUsers.account(app, "lowri");
        TestUsers.account(app, "ifan");
    }

    @Test
    void aLeadSetsUpAnInspectionWithJavaScriptOnADesktop() {
        journey(BrowserSession.DESKTOP_WIDTH, true);
    }

    @Test
    void aLeadSetsUpAnInspectionWithJavaScriptOnATablet() {
        journey(BrowserSession.TABLET_WIDTH, true);
    }

    @Test
    void aLeadSetsUpAnInspectionWithoutJavaScript() {
        journey(BrowserSession.DESKTOP_WIDTH, false);
    }

    @Test
    void anInspectorReadsTheSetUpButIsShownNoFormToChangeIt() {
        SampledInspection inspection = SampledInspection.create(site.app(), "2021", 77, ROWS);
        TestUsers.join(site.app(), inspection.id(), "rhian", Role.INSPECTOR);
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        SetUpScreens screens = new SetUpScreens(page, site.base(), inspection.id()).signIn("rhian", TestUsers.PASSWORD);
        assertThat(screens.heading()).isEqualTo("Caseload");
        assertThat(screens.table("Cases in the caseload by case type")).contains("All case types " + ROWS);
        assertThat(page.locator("input[type=file]").count()).isZero();
        for (String tab : List.of("Sample", "Team", "Allocation of cases")) {
            screens.tab(tab);
            assertThat(screens.forms()).as("forms on " + tab).isZero();
            assertThat(Axe.seriousViolations(page)).as(tab).isEmpty();
        }
        screens.tab("Team");
        assertThat(screens.table("Members and their roles")).contains("rhian inspector");
        screens.tab("Sample");
        assertThat(screens.table("The split by case type")).contains("Court disposal");
        BrowserSession.screenshot(page, "set-up-inspector-sample");
        page.context().close();
    }

    @Test
    void aLeadDiscardsASampleAfterConfirmingWithAReason() {
        SampledInspection inspection = SampledInspection.create(site.app(), "2021", 78, ROWS);
        TestUsers.join(site.app(), inspection.id(), "lowri", Role.LEAD_INSPECTOR);
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        SetUpScreens screens = new SetUpScreens(page, site.base(), inspection.id()).signIn("lowri", TestUsers.PASSWORD)
                .tab("Sample");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Discard the sample")).click();
        assertThat(screens.heading()).isEqualTo("Are you sure you want to discard the sample?");
        screens.button("Yes, discard the sample").click();
        assertThat(screens.errorSummary()).contains("Enter why the sample is being discarded");
        BrowserSession.screenshot(page, "set-up-discard-refused");
        page.getByLabel("Why is the sample being discarded?").fill("the caseload export had the wrong dates");
        screens.button("Yes, discard the sample").click();
        assertThat(screens.banner()).contains("The sample has been discarded");
        assertThat(screens.hasButton("Draw the sample")).isTrue();
        page.context().close();
    }

    private static void journey(int width, boolean javaScript) {
        String name = "set-up-" + width + (javaScript ? "" : "-no-js");
        CreateInspectionCommand c = Fixtures.inspection("2021");
        long id = site.app().inspections().create(new CreateInspectionCommand("Northshire YJS " + name, c.kind(),
                c.frameworkVersion(), c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null,
                Fixtures.SET_UP, "lowri")).id();
        Page page = site.newPage(width, javaScript);
        SetUpScreens screens = new SetUpScreens(page, site.base(), id).signIn("lowri", TestUsers.PASSWORD);
        check(page, javaScript);

        screens.upload("caseload.csv", withErrors(Fixtures.csv(Fixtures.caseload(width + (javaScript ? 1 : 2), ROWS))));
        assertThat(screens.errorSummary()).contains("There is a problem").contains("Line 3, column gender")
                .contains("Line 10, column disposal_start_date");
        assertThat(screens.table("Errors in the file")).contains("banana").contains("31/13/2024");
        check(page, javaScript);
        BrowserSession.screenshot(page, name + "-caseload-errors");
        screens.button("Import the " + (ROWS - 3) + " valid rows and skip the rest").click();
        assertThat(screens.banner()).contains("The caseload has been imported: " + (ROWS - 3) + " cases");

        screens.tab("Sample").draw("not a number");
        assertThat(screens.errorSummary()).contains("The seed must be a whole number");
        screens.draw("20241014");
        assertThat(screens.banner()).contains("The sample has been drawn");
        assertThat(screens.table("The split by case type")).contains("Court disposal").contains("n0 =");
        assertThat(screens.table("Court disposal: sample against population")).contains("Gender");
        check(page, javaScript);
        BrowserSession.screenshot(page, name + "-sample");
        screens.button("Replace the case").click();
        assertThat(screens.errorSummary()).contains("Choose the case to replace")
                .contains("Enter why the case is being replaced");
        String replaced = screens.replaceFirstCase("case file unavailable");
        assertThat(screens.banner()).contains("The case has been replaced");
        assertThat(screens.table("Replacements")).contains(replaced).contains("case file unavailable");

        screens.tab("Team").addMember("ifan", null);
        assertThat(screens.errorSummary()).contains("Select the role to give ifan");
        check(page, javaScript);
        screens.addMember("ifan", "Inspector");
        assertThat(screens.banner()).contains("added to the team");
        assertThat(screens.table("Members and their roles")).contains("ifan inspector").contains("lowri lead inspector");
        BrowserSession.screenshot(page, name + "-team");

        screens.tab("Allocation of cases");
        String first = page.locator("table tbody th").first().textContent().strip();
        screens.allocate(first, "ifan");
        assertThat(screens.banner()).contains("The case has been allocated");
        assertThat(screens.row("Sampled cases and who assesses them", first)).contains("ifan");
        check(page, javaScript);
        BrowserSession.screenshot(page, name + "-allocation");

        screens.tab("Team").button("Remove role inspector from ifan").click();
        assertThat(screens.errorSummary()).as("their case would be left with nobody able to assess it")
                .contains("ifan has 1 cases allocated");
        check(page, javaScript);
        page.context().close();
    }

    /** Three rows made wrong: two genders nobody records, one date that is no date. */
    private static String withErrors(String csv) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\r?\n")));
        lines.set(2, field(lines.get(2), 5, "banana"));
        lines.set(6, field(lines.get(6), 5, "banana"));
        lines.set(9, field(lines.get(9), 3, "31/13/2024"));
        return String.join("\n", lines) + "\n";
    }

    private static String field(String line, int index, String value) {
        String[] fields = line.split(",", -1);
        assertThat(fields).as("a plain line of the made-up caseload").hasSize(12);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static void check(Page page, boolean javaScript) {
        if (javaScript) {
            assertThat(Axe.seriousViolations(page)).isEmpty();
        }
    }
}
