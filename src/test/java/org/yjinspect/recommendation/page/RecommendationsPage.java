package org.yjinspect.recommendation.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** The recommendations editor, as a lead inspector uses it: by its labels, legends and buttons. */
final class RecommendationsPage {
    private final Page page;
    private final String url;

    private RecommendationsPage(Page page, String url) {
        this.page = page;
        this.url = url;
    }

    /** Signs in through the form, then opens the inspection's recommendations. */
    static RecommendationsPage open(Page page, String base, long inspectionId, String username, String password) {
        page.navigate(base + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        String url = base + "/inspections/" + inspectionId + "/recommendations";
        page.navigate(url);
        return new RecommendationsPage(page, url);
    }

    Page page() {
        return page;
    }

    RecommendationsPage reload() {
        page.navigate(url);
        return this;
    }

    String heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent().strip();
    }

    /** Adds a recommendation to an addressee already listed (by its radio), or to someone new (typed). */
    RecommendationsPage add(String addressee, boolean listed, String text) {
        Locator form = page.locator("form[action$='/recommendations']");
        if (listed) {
            form.getByLabel(addressee, new Locator.GetByLabelOptions().setExact(true)).check();
        } else {
            Locator someoneElse = form.getByLabel("Someone else", new Locator.GetByLabelOptions().setExact(true));
            if (someoneElse.count() > 0) {
                someoneElse.check();
            }
            Locator typed = form.getByLabel("If someone else, whom it is addressed to");
            (typed.count() > 0 ? typed : form.getByLabel("Addressed to", new Locator.GetByLabelOptions().setExact(true)))
                    .fill(addressee);
        }
        form.getByLabel("Recommendation", new Locator.GetByLabelOptions().setExact(true)).fill(text);
        button("Add recommendation").click();
        return this;
    }

    /** Sends the form with no addressee chosen among those listed. */
    RecommendationsPage addWithoutChoosing(String text) {
        Locator form = page.locator("form[action$='/recommendations']");
        form.getByLabel("Recommendation", new Locator.GetByLabelOptions().setExact(true)).fill(text);
        button("Add recommendation").click();
        return this;
    }

    /** The addressees' headings in order. */
    List<String> addressees() {
        return page.locator("#recommendations h2").allTextContents().stream().map(String::strip).toList();
    }

    /** Each recommendation's words as listed, in order. */
    List<String> texts() {
        return page.locator("#recommendations ol > li > p").allTextContents().stream().map(String::strip).toList();
    }

    RecommendationsPage change(int number, String text) {
        Locator details = page.locator("details").filter(new Locator.FilterOptions()
                .setHasText("Change or remove recommendation " + number));
        details.locator("summary").click();
        details.getByLabel("Recommendation", new Locator.GetByLabelOptions().setExact(true)).fill(text);
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();
        return this;
    }

    RecommendationsPage remove(int number) {
        Locator details = page.locator("details").filter(new Locator.FilterOptions()
                .setHasText("Change or remove recommendation " + number));
        details.locator("summary").click();
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove recommendation " + number))
                .click();
        return this;
    }

    RecommendationsPage moveDown(int number) {
        button("Move down recommendation " + number).click();
        return this;
    }

    RecommendationsPage moveGroupUp(String addressee) {
        button("Move these recommendations up (" + addressee + ")").click();
        return this;
    }

    String errorSummary() {
        return page.locator(".govuk-error-summary").textContent();
    }

    String banner() {
        return page.locator(".govuk-notification-banner").textContent();
    }

    boolean hasForms() {
        return page.locator("form[action$='/recommendations']").count() > 0;
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
