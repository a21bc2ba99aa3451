package org.yjinspect.panel.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.yjinspect.support.browser.BrowserFixture;

/** The ratings panel page, as a person uses it: each standard's region, its radios, rationale and button. */
final class RatingsPanelPage {
    private final Page page;

    RatingsPanelPage(Page page) {
        this.page = page;
    }

    static RatingsPanelPage signInAndOpen(Page page, String base, long inspectionId, String username, String password) {
        return new RatingsPanelPage(BrowserFixture.signInAt(page, base + "/inspections/" + inspectionId + "/panel",
                username, password));
    }

    Locator standard(String number) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + number.replace(".", "\\.") + " ")));
    }

    /** Chooses a rating for the standard, writes the rationale and saves the decision. */
    RatingsPanelPage decide(String number, String rating, String rationale) {
        Locator standard = standard(number);
        standard.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + rating))).check();
        standard.getByLabel("Rationale for " + number).fill(rationale);
        standard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save decision for " + number))
                .click();
        return this;
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    String banner() {
        return text(page.locator(".govuk-notification-banner").first());
    }

    String errorSummary() {
        return text(page.locator(".govuk-error-summary"));
    }

    /** What the standard's summary says its final rating is. */
    String finalRating(String number) {
        return text(standard(number).locator(".govuk-summary-list__row", new Locator.LocatorOptions()
                .setHasText("Final rating")).locator(".govuk-tag"));
    }

    boolean hasDecisionForms() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Save decision")))
                .count() > 0;
    }

    PublishPage publish() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the ratings")).click();
        return new PublishPage(page);
    }

    static String text(Locator locator) {
        return locator.textContent().replaceAll("\\s+", " ").strip();
    }

    Page page() {
        return page;
    }
}
