package org.yjinspect.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Organisational delivery as the lead inspector records it. Every step goes through the one
 * method that opens the standard's own page first ({@link #standard}).
 */
final class OrganisationPage extends Screen {
    OrganisationPage(Page page, String base) {
        super(page, base);
    }

    /** Where the standard's evidence and proposed rating are recorded: opens its page if need be, returns the page's content. */
    Locator standard(String standard) {
        if (page.locator("h1").filter(new Locator.FilterOptions().setHasText(standard + " ")).count() == 0) {
            if (page.url().contains("/organisation/standards/")) {
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All qualitative standards")).click();
            } else if (!page.url().contains("/organisation")) {
                tab("Organisation");
            }
            page.locator("main a[href$='/organisation/standards/" + standard + "']").first().click();
        }
        return page.locator("main");
    }

    /** Records the evidence for question {@code question} (1, 2...) of the standard, and waits until it is saved. */
    OrganisationPage recordEvidence(String standard, int question, String note) {
        Locator form = standard(standard).locator("form").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save evidence for question " + question
                        + " of standard " + standard))));
        form.locator("textarea").fill(note);
        form.getByRole(AriaRole.BUTTON).click();
        saved(standard(standard), "Save evidence for question " + question + " of standard " + standard);
        return this;
    }

    /** Proposes the standard's rating with its rationale, and waits until it is saved. */
    OrganisationPage proposeRating(String standard, String rating, String rationale) {
        Locator section = standard(standard);
        section.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Proposed rating for " + standard))
                .getByLabel(rating, new Locator.GetByLabelOptions().setExact(true)).check();
        section.getByLabel("Rationale").fill(rationale);
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save proposed rating for standard "
                + standard)).click();
        saved(standard(standard), "Save proposed rating for standard " + standard);
        return this;
    }

    private void saved(Locator section, String button) {
        Locator form = section.locator("form").filter(new Locator.FilterOptions().setHas(page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))));
        PlaywrightAssertions.assertThat(form.locator("[data-save-status]")).hasText("Saved",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
    }
}
