package org.yjinspect.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * Every page printed, as Chromium prints it (print media, A4): the page's heading is on paper;
 * the service navigation, the skip link, the footer, back links, buttons and the sign-out form are
 * not; no table runs off the paper's width and nothing has a dark or tinted background; the PDF
 * (target/print/NAME.pdf) has at least one page and no more than the page's content needs. The
 * PDFs are for looking at, too (docs/pages.md).
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
class PrintIT {
    /** A4's width less Chromium's default print margins (about 1 cm each side), in CSS pixels. */
    private static final int PAPER_WIDTH = 718;
    private static final Path PRINTS = Path.of("target", "print");
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page[^s]");
    private static Application app;
    private static Javalin web;
    private static BrowserSession browser;
    private static String base;
    private static SampledInspection fieldwork;
    private static SampledInspection ready;
    private static AssessedCase assessed;
    private static long unloaded;

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        browser = new BrowserSession();
        app.accounts().create(CreateAccountCommand.of("print-admin", "Print administrator",
                TestUsers.PASSWORD.toCharArray(), true, "test set-up"));
        fieldwork = SampledInspection.create(app, "2021", 41, 300, 6, 0);
        TestUsers.join(app, fieldwork.id(), "Gwen", Role.LEAD_INSPECTOR);
        TestUsers.join(app, fieldwork.id(), "Dai", Role.LOCAL_ASSESSOR);
        List<AssessedCase> court = fieldwork.ofType(CaseType.COURT_DISPOSAL);
        TestUsers.allocate(app, fieldwork.id(), court.get(0).reference(), "dai");
        assessed = court.get(1);
        Answering.complete(app, fieldwork.id(), assessed, "yes", new Actor("gwen"));
        Answering.answerAll(app, fieldwork.id(), court.get(2), "no", new Actor("gwen"));
        var standard = app.organisation().show(fieldwork.id()).standards().get(0);
        app.organisation().saveNote(new SaveNoteCommand(new RecordRef(fieldwork.id(), 0, new Actor("gwen")),
                standard.number(), 1, "The board meets monthly; its minutes show challenge of the partners."));
        app.organisation().addSurveyResult(new RecordRef(fieldwork.id(), 0, new Actor("gwen")),
                new SurveyResult("I have manageable caseloads", 35, new java.math.BigDecimal("72.5")));
        ready = SampledInspection.create(app, "2021", 33, 300, 3, 0);
        TestUsers.join(app, ready.id(), "Gwen", Role.LEAD_INSPECTOR);
        Publishing.readyToPublish(app, ready, new Actor("test set-up"));
        unloaded = Fixtures.createInspection(app, "2021").id();
        TestUsers.join(app, unloaded, "Gwen", Role.LEAD_INSPECTOR);
    }

    @AfterAll
    static void stop() {
        browser.close();
        web.stop();
    }

    @Test
    void everyPagePrintsItsContentWithoutTheScreensChrome() throws IOException {
        Page signedOut = browser.newPage(BrowserSession.DESKTOP_WIDTH, true);
        printed(signedOut, "/sign-in", "sign-in", "Sign in", 1);
        printed(signedOut, "/sign-in?next=/inspections", "sign-in-next", "Sign in", 1);
        signedOut.context().close();

        Page lead = signIn("gwen");
        long f = fieldwork.id();
        printed(lead, "/", "inspections", "Inspections", 2);
        printed(lead, "/inspections/new", "new-inspection", "Create an inspection", 3);
        printed(lead, "/inspections/" + f, "overview", null, 6);
        printed(lead, "/inspections/" + f + "/history", "history", null, 40);
        printed(lead, "/inspections/" + f + "/team", "team", null, 3);
        printed(lead, "/inspections/" + f + "/allocations", "allocations", null, 8);
        printed(lead, "/inspections/" + f + "/caseload", "caseload", null, 30);
        printed(lead, "/inspections/" + f + "/sample", "sample", null, 12);
        printed(lead, "/inspections/" + f + "/cases", "cases", null, 8);
        printed(lead, "/inspections/" + f + "/cases/" + assessed.sampleCaseId(), "case", null, 20);
        printed(lead, "/inspections/" + f + "/organisation", "organisation", "Organisational delivery", 2);
        String first = app.organisation().show(f).standards().get(0).number();
        printed(lead, "/inspections/" + f + "/organisation/standards/" + first, "organisation-standard", null, 12);
        printed(lead, "/inspections/" + ready.id() + "/panel", "panel", "Ratings panel", 20);
        printed(lead, "/inspections/" + ready.id() + "/panel/publish", "publish", null, 3);
        printed(lead, "/published", "published", null, 3);
        printed(lead, "/account", "account", "Your account", 3);
        printed(lead, "/inspections/" + unloaded + "/caseload", "caseload-upload", null, 2);
        lead.getByLabel("Caseload export (CSV)").setInputFiles(new FilePayload("caseload.csv", "text/csv",
                withErrors(Fixtures.csv(Fixtures.caseload(7, 40))).getBytes(StandardCharsets.UTF_8)));
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check")).click();
        assertThat(lead.locator(".govuk-error-summary").textContent()).contains("banana");
        printedAsItIs(lead, "caseload-errors", null, 3);
        printed(lead, "/inspections/987654", "not-found", "Page not found", 1);
        printed(lead, "/users", "forbidden", "You cannot do this", 1);
        lead.context().close();

        Page administrator = signIn("print-admin");
        printed(administrator, "/users", "users", "Users", 2);
        administrator.context().close();
    }

    /**
     * Opens the page, checks it as printed (print media at the paper's width) and prints it to
     * target/print/NAME.pdf, no longer than {@code mostPages}; the heading is the page's h1 unless
     * given.
     */
    private static void printed(Page page, String path, String name, String heading, int mostPages)
            throws IOException {
        page.setViewportSize(BrowserSession.DESKTOP_WIDTH, 768);
        page.navigate(base + path);
        printedAsItIs(page, name, heading, mostPages);
    }

    /** The page as it is now (the answer to a form, say), checked as printed and printed. */
    private static void printedAsItIs(Page page, String name, String heading, int mostPages) throws IOException {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.setViewportSize(PAPER_WIDTH, 1000);
        var h1 = page.locator("h1").first();
        assertThat(h1.isVisible()).as(name + ": the heading is printed").isTrue();
        if (heading != null) {
            assertThat(h1.textContent().strip()).as(name).isEqualTo(heading);
        }
        assertThat(visible(page, "header nav, .govuk-skip-link, .govuk-footer, .govuk-back-link, .yj-sign-out"))
                .as(name + ": navigation, back links and the footer are not printed").isEmpty();
        assertThat(visible(page, "main .govuk-button, main button, main input[type=file]"))
                .as(name + ": buttons and file pickers are not printed").isEmpty();
        assertThat(visible(page, "main nav")).as(name + ": sub-navigation and pagination are not printed").isEmpty();
        Object wide = page.evaluate("w => [...document.querySelectorAll('main table, main dl, main pre')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1).map(e => e.tagName + ' '"
                + " + Math.round(e.getBoundingClientRect().right))", PAPER_WIDTH);
        assertThat((List<?>) wide).as(name + ": nothing runs off the paper").isEmpty();
        Object past = page.evaluate("w => [...document.querySelectorAll('body *')].filter(e => {"
                + " const r = e.getBoundingClientRect(); return r.width > 1 && r.right > w + 1; })"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))",
                PAPER_WIDTH);
        assertThat((List<?>) past).as(name + ": nothing sticks out past the paper").isEmpty();
        Object tinted = page.evaluate("() => [...document.querySelectorAll('body *:not(progress)')]"
                + ".filter(e => e.getClientRects().length > 0).filter(e => {"
                + " const c = getComputedStyle(e).backgroundColor.match(/[\\d.]+/g).map(Number);"
                + " return (c.length < 4 || c[3] > 0) && 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2] < 230; })"
                + ".map(e => e.tagName + '.' + e.className + ' ' + getComputedStyle(e).backgroundColor)");
        assertThat((List<?>) tinted).as(name + ": no dark or tinted background on paper").isEmpty();
        Files.createDirectories(PRINTS);
        Path pdf = PRINTS.resolve(name + ".pdf");
        byte[] printed = page.pdf(new Page.PdfOptions().setFormat("A4").setPath(pdf));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        assertThat(new String(printed, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        int pages = pages(printed);
        assertThat(pages).as(name + ": pages printed").isBetween(1, mostPages);
    }

    /** The elements matching {@code selector} that are shown (as printed, when print media is emulated). */
    private static List<?> visible(Page page, String selector) {
        return (List<?>) page.evaluate("s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length"
                + " > 0 && getComputedStyle(e).visibility !== 'hidden').map(e => e.outerHTML.slice(0, 120))", selector);
    }

    private static int pages(byte[] pdf) {
        Matcher m = PAGE_OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The made-up caseload with two genders that are not genders and a date that is not a date. */
    private static String withErrors(String csv) {
        String[] lines = csv.split("\r?\n");
        lines[2] = field(lines[2], 5, "banana");
        lines[6] = field(lines[6], 5, "banana");
        lines[9] = field(lines[9], 3, "31/13/2024");
        return String.join("\n", lines) + "\n";
    }

    private static String field(String line, int index, String value) {
        String[] fields = line.split(",", -1);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static Page signIn(String username) {
        Page page = browser.newPage(BrowserSession.DESKTOP_WIDTH, true);
        page.navigate(base + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.contains("/sign-in"));
        return page;
    }
}
