package org.yjinspect.sampling.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.yjinspect.support.browser.BrowserFixture;

/**
 * The set-up pages of one inspection as a person uses them: by their labels, buttons and
 * headings. One object for the four pages, which share their sub-navigation and their banners.
 */
final class SetUpScreens {
    private final Page page;
    private final String base;
    private final long inspectionId;

    SetUpScreens(Page page, String base, long inspectionId) {
        this.page = page;
        this.base = base;
        this.inspectionId = inspectionId;
    }

    /** Signs in through the sign-in form, then opens the caseload page of the inspection. */
    SetUpScreens signIn(String username, String password) {
        BrowserFixture.signInAt(page, base + "/inspections/" + inspectionId + "/caseload", username, password);
        return this;
    }

    SetUpScreens tab(String name) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Setting up the inspection"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
        return this;
    }

    SetUpScreens upload(String fileName, String csv) {
        page.getByLabel("Caseload export (CSV)").setInputFiles(new FilePayload(fileName, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        button("Upload and check").click();
        return this;
    }

    SetUpScreens draw(String seed) {
        page.getByLabel("Seed (optional)").fill(seed);
        button("Draw the sample").click();
        return this;
    }

    /** Replaces the first case of the list, giving {@code reason}; returns its reference. */
    String replaceFirstCase(String reason) {
        Locator choice = page.getByLabel("Case to replace");
        String reference = choice.locator("option").nth(1).getAttribute("value");
        choice.selectOption(reference);
        page.getByLabel("Reason").fill(reason);
        button("Replace the case").click();
        return reference;
    }

    SetUpScreens addMember(String username, String role) {
        page.getByLabel("Username").fill(username);
        if (role != null) {
            page.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
        }
        button("Add to the team").click();
        return this;
    }

    SetUpScreens allocate(String caseReference, String username) {
        page.getByLabel("Allocate case " + caseReference + " to").selectOption(username);
        button("Save the allocation of case " + caseReference).click();
        return this;
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    boolean hasButton(String name) {
        return button(name).count() > 0;
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    String errorSummary() {
        return text(page.locator(".govuk-error-summary"));
    }

    String banner() {
        return text(page.locator(".govuk-notification-banner"));
    }

    String table(String caption) {
        return text(page.locator("table").filter(new Locator.FilterOptions().setHas(
                page.locator("caption", new Page.LocatorOptions().setHasText(caption)))));
    }

    /** The cell beside a row header in the table with {@code caption}. */
    String row(String caption, String rowHeader) {
        return text(page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText(caption)))).locator("tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(rowHeader)))));
    }

    int forms() {
        return page.locator("main form").count();
    }

    Page page() {
        return page;
    }

    private static String text(Locator locator) {
        return locator.count() == 0 ? "" : locator.first().textContent().replaceAll("\\s+", " ").strip();
    }
}
