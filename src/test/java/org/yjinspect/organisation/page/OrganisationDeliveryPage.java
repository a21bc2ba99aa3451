package org.yjinspect.organisation.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.yjinspect.support.browser.BrowserFixture;

/**
 * The organisational delivery pages, as an inspector uses them: the index of the qualitative
 * standards and one standard's page, by their labels, legends, links and buttons.
 */
final class OrganisationDeliveryPage {
    private final Page page;
    private String url;

    OrganisationDeliveryPage(Page page, String url) {
        this.page = page;
        this.url = url;
    }

    /** Signs in through the form, then opens the inspection's organisational delivery page. */
    static OrganisationDeliveryPage open(Page page, String base, long inspectionId, String username, String password) {
        BrowserFixture.signInAt(page, base + "/sign-in", username, password);
        String url = base + "/inspections/" + inspectionId + "/organisation";
        page.navigate(url);
        return new OrganisationDeliveryPage(page, url);
    }

    /** Follows the index's link to a standard's page (its number and name are the link's text). */
    OrganisationDeliveryPage standard(String number) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number + " ")).first().click();
        url = page.url().replaceAll("[?#].*", "");
        return this;
    }

    /** The previous or next standard, by the pagination's link. */
    OrganisationDeliveryPage follow(String previousOrNext) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Qualitative standards"))
                .getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(previousOrNext)).click();
        url = page.url().replaceAll("[?#].*", "");
        return this;
    }

    /** The index's row of a standard: its evidence recorded and its proposed rating. */
    String indexRow(String number) {
        return text(page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(number + " ")));
    }

    /** The pagination's links, as read ("Previous standard: 1.1 ...", "Next standard: 1.3 ..."). */
    java.util.List<String> pagination() {
        return page.locator("nav.govuk-pagination a").allTextContents().stream()
                .map(t -> t.replaceAll("\\s+", " ").strip()).toList();
    }

    OrganisationDeliveryPage reload() {
        page.navigate(url);
        return this;
    }

    Locator evidence(String standard, int question, String questionText) {
        return page.getByLabel(question + ". " + questionText, new Page.GetByLabelOptions().setExact(true));
    }

    OrganisationDeliveryPage recordEvidence(String standard, int question, String questionText, String note) {
        evidence(standard, question, questionText).fill(note);
        button("Save evidence for question " + question + " of standard " + standard).click();
        // With JavaScript the note is saved in place; without, the page comes back. Either way: saved, or why not.
        page.locator("form:has([name='note']) [data-save-status]:text-is('Saved'), .govuk-error-summary").first()
                .waitFor();
        return this;
    }

    OrganisationDeliveryPage propose(String standard, String rating, String rationale) {
        Locator section = page.locator("#proposed-rating");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Proposed rating for " + standard))
                .getByLabel(rating, new Locator.GetByLabelOptions().setExact(true)).check();
        section.getByLabel("Rationale").fill(rationale);
        button("Save proposed rating for standard " + standard).click();
        return this;
    }

    OrganisationDeliveryPage keyData(String budget, String headcount) {
        page.getByLabel("Budget (pounds)").fill(budget);
        page.getByLabel("Staff headcount").fill(headcount);
        button("Save key data").click();
        return this;
    }

    OrganisationDeliveryPage addSurveyLine(String question, String responses, String agreeing) {
        Locator form = page.locator("form[action$='/staff-survey']");
        form.getByLabel("Survey question").fill(question);
        form.getByLabel("Responses").fill(responses);
        form.getByLabel("Agreeing (%)").fill(agreeing);
        button("Add line").click();
        return this;
    }

    /** Opens the line's "Change or remove" details, changes the share agreeing and saves, or removes it. */
    OrganisationDeliveryPage changeSurveyLine(String question, String agreeing, boolean remove) {
        Locator details = page.locator("details").filter(new Locator.FilterOptions().setHasText("Change or remove: "
                + question));
        details.locator("summary").click();
        if (remove) {
            details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove line")).click();
        } else {
            details.getByLabel("Agreeing (%)").fill(agreeing);
            details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save line")).click();
        }
        return this;
    }

    OrganisationDeliveryPage addMeeting(String day, String month, String year, String kind, String withWhom,
                                        String participants) {
        Locator form = page.locator("form[action$='/meetings']");
        form.getByLabel("Day").fill(day);
        form.getByLabel("Month").fill(month);
        form.getByLabel("Year").fill(year);
        form.getByLabel("Kind").selectOption(kind);
        form.getByLabel("With whom").fill(withWhom);
        form.getByLabel("People taking part").fill(participants);
        button("Add meeting").click();
        return this;
    }

    /** Opens the meeting's "Change or remove" details, changes who it was with and saves. */
    OrganisationDeliveryPage changeMeeting(String withWhom, String changedTo) {
        Locator details = page.locator("details").filter(new Locator.FilterOptions().setHasText("Change or remove: "
                + withWhom));
        details.locator("summary").click();
        details.getByLabel("With whom").fill(changedTo);
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save meeting")).click();
        return this;
    }

    OrganisationDeliveryPage removeMeeting(String withWhom) {
        Locator details = page.locator("details").filter(new Locator.FilterOptions().setHasText("Change or remove: "
                + withWhom));
        details.locator("summary").click();
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove meeting")).click();
        return this;
    }

    String section(String id) {
        return text(page.locator("#" + id));
    }

    String errorSummary() {
        return text(page.locator(".govuk-error-summary"));
    }

    String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    boolean canSave() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save key data")).count() > 0;
    }

    Page page() {
        return page;
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String text(Locator locator) {
        return locator.first().textContent().replaceAll("\\s+", " ").strip();
    }
}
