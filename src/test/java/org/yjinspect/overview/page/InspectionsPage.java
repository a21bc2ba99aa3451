package org.yjinspect.overview.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.yjinspect.support.browser.BrowserFixture;

/** The list of inspections, as a person uses it: signing in to reach it, its table, its button. */
final class InspectionsPage {
    private final Page page;

    InspectionsPage(Page page) {
        this.page = page;
    }

    /** Signs in through the sign-in form and lands on the list of inspections. */
    static InspectionsPage signIn(Page page, String base, String username, String password) {
        return new InspectionsPage(BrowserFixture.signInAt(page, base + "/", username, password));
    }

    static InspectionsPage open(Page page, String base) {
        page.navigate(base + "/");
        return new InspectionsPage(page);
    }

    CreateInspectionPage create() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an inspection")).click();
        return new CreateInspectionPage(page);
    }

    /** The row of the named service, as its words read. */
    String row(String serviceName) {
        return rowOf(serviceName).textContent().replaceAll("\\s+", " ").strip();
    }

    OverviewPage openOverview(String serviceName) {
        rowOf(serviceName).getByRole(AriaRole.LINK).click();
        return new OverviewPage(page);
    }

    private Locator rowOf(String serviceName) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(serviceName));
    }

    Page page() {
        return page;
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }
}
