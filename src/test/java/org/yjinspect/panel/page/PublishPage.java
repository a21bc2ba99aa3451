package org.yjinspect.panel.page;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The confirmation page before publishing, as the lead inspector reads and uses it. */
final class PublishPage {
    private final Page page;

    PublishPage(Page page) {
        this.page = page;
    }

    static PublishPage open(Page page, String base, long inspectionId) {
        page.navigate(base + "/inspections/" + inspectionId + "/panel/publish");
        return new PublishPage(page);
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    String body() {
        return RatingsPanelPage.text(page.locator("main"));
    }

    boolean canPublish() {
        return publishButton().count() > 0;
    }

    RatingsPanelPage publishAndLock() {
        publishButton().click();
        return new RatingsPanelPage(page);
    }

    private com.microsoft.playwright.Locator publishButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish and lock the inspection"));
    }
}
