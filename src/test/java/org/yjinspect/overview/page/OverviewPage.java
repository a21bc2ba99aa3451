package org.yjinspect.overview.page;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** An inspection's overview, read as a person reads it: heading, tabs, sections, the case table. */
final class OverviewPage {
    private final Page page;

    OverviewPage(Page page) {
        this.page = page;
    }

    static OverviewPage open(Page page, String base, long inspectionId) {
        page.navigate(base + "/inspections/" + inspectionId);
        return new OverviewPage(page);
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    List<String> tabs() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("This inspection"))
                .getByRole(AriaRole.LINK).allTextContents().stream().map(String::strip).toList();
    }

    /** The headings of the page's sections. */
    List<String> sections() {
        return page.locator("h2").allTextContents().stream().map(String::strip).toList();
    }

    /** The case references in the table of cases. */
    List<String> caseReferences() {
        return page.locator("#cases tbody th").allTextContents().stream().map(String::strip).toList();
    }

    String text() {
        return page.locator("main").textContent().replaceAll("\\s+", " ");
    }

    HistoryPage history() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History").setExact(true)).click();
        return new HistoryPage(page);
    }
}
