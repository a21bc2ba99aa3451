package org.yjinspect.overview.page;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;

/** "Create an inspection", filled in by its labels and legends as a person would. */
final class CreateInspectionPage {
    private final Page page;

    CreateInspectionPage(Page page) {
        this.page = page;
    }

    CreateInspectionPage serviceName(String name) {
        page.getByLabel("Service name").fill(name);
        return this;
    }

    CreateInspectionPage kind(String label) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
        return this;
    }

    CreateInspectionPage framework(String version) {
        page.getByLabel(version, new Page.GetByLabelOptions().setExact(true)).check();
        return this;
    }

    /** Types a date into the date input under {@code legend} (day, month and year fields). */
    CreateInspectionPage date(String legend, String day, String month, String year) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(day);
        group.getByLabel("Month").fill(month);
        group.getByLabel("Year").fill(year);
        return this;
    }

    CreateInspectionPage date(String legend, LocalDate date) {
        return date(legend, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    CreateInspectionPage courtWindow(String window) {
        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Eligibility windows")).click();
        page.getByLabel("Court disposals", new Page.GetByLabelOptions().setExact(true)).fill(window);
        return this;
    }

    void submit() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create inspection")).click();
    }

    String errorSummary() {
        return page.locator(".govuk-error-summary").textContent().replaceAll("\\s+", " ").strip();
    }

    String fieldError(String id) {
        return page.locator("#" + id + "-error").textContent().replaceAll("\\s+", " ").strip();
    }

    String value(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first().inputValue();
    }

    Page page() {
        return page;
    }
}
