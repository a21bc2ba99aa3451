package org.yjinspect.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;

/** The ratings panel and the confirmation page before publishing, as the panel member and the lead use them. */
final class PanelPages extends Screen {
    PanelPages(Page page, String base) {
        super(page, base);
    }

    /** The standards that have a decision form, by number, in the page's order. */
    List<String> decidable() {
        return page.locator("form.yj-panel-form legend").allTextContents().stream()
                .map(t -> t.strip().replace("Panel decision for ", "")).toList();
    }

    Locator standard(String number) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + number.replace(".", "\\.") + " ")));
    }

    /** Confirms the standard's computed (or proposed) rating with a rationale, and saves the decision. */
    PanelPages confirm(String number, String rationale) {
        Locator standard = standard(number);
        standard.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("\\((computed|proposed)\\)$"))).check();
        standard.getByLabel("Rationale for " + number).fill(rationale);
        standard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save decision for " + number)).click();
        return this;
    }

    String finalRating(String number) {
        return text(standard(number).locator(".govuk-summary-list__row", new Locator.LocatorOptions()
                .setHasText("Final rating")).locator(".govuk-tag"));
    }

    PanelPages toConfirmation() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the ratings")).click();
        return this;
    }

    PanelPages publishAndLock() {
        button("Publish and lock the inspection").click();
        return this;
    }
}
