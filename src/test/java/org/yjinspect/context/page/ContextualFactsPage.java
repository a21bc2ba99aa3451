package org.yjinspect.context.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** The contextual facts page, as a lead inspector uses it: its tables by caption, its form by labels. */
final class ContextualFactsPage {
    private final Page page;

    private ContextualFactsPage(Page page) {
        this.page = page;
    }

    static ContextualFactsPage open(Page page, String base, long inspectionId, String username, String password) {
        page.navigate(base + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate(base + "/inspections/" + inspectionId + "/contextual-facts");
        return new ContextualFactsPage(page);
    }

    Page page() {
        return page;
    }

    String heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent().strip();
    }

    String text() {
        return page.locator("main").textContent();
    }

    /** The rows of the profile table with this caption: category, cases, share. */
    List<String> table(String caption) {
        Locator table = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText(caption))));
        return table.locator("tbody tr").allInnerTexts().stream().map(t -> t.replaceAll("\\s+", " ").strip()).toList();
    }

    ContextualFactsPage addFigure(String label, String value, String source) {
        page.getByLabel("What the figure is").fill(label);
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill(value);
        page.getByLabel("Source", new Page.GetByLabelOptions().setExact(true)).fill(source);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add figure")).click();
        return this;
    }

    ContextualFactsPage remove(String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + label)).click();
        return this;
    }

    String errorSummary() {
        return page.locator(".govuk-error-summary").textContent();
    }

    List<String> figures() {
        return page.locator("#figures ~ table tbody tr th").allTextContents().stream().map(String::strip).toList();
    }

    boolean hasForm() {
        return page.locator("form[action$='/figures']").count() > 0;
    }
}
