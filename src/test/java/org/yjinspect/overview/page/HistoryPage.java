package org.yjinspect.overview.page;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** An inspection's history: the filter form, the table of changes, the paging link. */
final class HistoryPage {
    private final Page page;

    HistoryPage(Page page) {
        this.page = page;
    }

    HistoryPage filter(String caseReference, String standard) {
        page.getByLabel("Case reference").fill(caseReference);
        page.getByLabel("Standard").fill(standard);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show changes")).click();
        return this;
    }

    /** Each change's row as its words read. */
    List<String> rows() {
        return page.locator("#history tbody tr").allTextContents().stream()
                .map(t -> t.replaceAll("\\s+", " ").strip()).toList();
    }

    boolean hasNextPage() {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")).count() > 0;
    }

    HistoryPage nextPage() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")).click();
        return this;
    }

    String errorSummary() {
        return page.locator(".govuk-error-summary").textContent().replaceAll("\\s+", " ").strip();
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    Page page() {
        return page;
    }
}
