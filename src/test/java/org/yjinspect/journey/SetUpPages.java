package org.yjinspect.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Setting an inspection up as its lead inspector: "Create an inspection", the team, the caseload
 * upload, the sample and the allocation of cases, each used by its labels and buttons.
 */
final class SetUpPages extends Screen {
    private long inspectionId;

    SetUpPages(Page page, String base) {
        super(page, base);
    }

    long inspectionId() {
        return inspectionId;
    }

    /** From the list of inspections: "Create an inspection", filled in and sent; lands on its overview. */
    SetUpPages createInspection(String service, LocalDate announced, LocalDate fieldworkStarts, LocalDate fieldworkEnds) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an inspection")).click();
        page.getByLabel("Service name").fill(service);
        page.getByLabel("Inspection", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("2021", new Page.GetByLabelOptions().setExact(true)).check();
        date("Announcement date", announced);
        date("Fieldwork starts", fieldworkStarts);
        date("Fieldwork ends", fieldworkEnds);
        button("Create inspection").click();
        page.waitForURL(url -> url.matches(".*/inspections/\\d+$"));
        inspectionId = Long.parseLong(page.url().replaceAll(".*/inspections/(\\d+)$", "$1"));
        return this;
    }

    private void date(String legend, LocalDate date) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
        group.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
        group.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
        group.getByLabel("Year").fill(String.valueOf(date.getYear()));
    }

    SetUpPages addMember(String username, String role) {
        page.getByLabel("Username").fill(username);
        page.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
        button("Add to the team").click();
        return this;
    }

    SetUpPages upload(String fileName, String csv) {
        page.getByLabel("Caseload export (CSV)").setInputFiles(new FilePayload(fileName, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        button("Upload and check").click();
        return this;
    }

    /** The rows of the table of errors in the file, each as "line | column | value | what to do". */
    List<String> rowErrors() {
        return page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("Errors in the file")))).locator("tbody tr").all().stream()
                .map(row -> String.join(" | ", row.locator("td").allTextContents().stream()
                        .map(t -> t.replaceAll("\\s+", " ").strip()).toList())).toList();
    }

    SetUpPages importValidRows(int valid) {
        button("Import the " + valid + " valid rows and skip the rest").click();
        return this;
    }

    SetUpPages drawSample(String seed) {
        page.getByLabel("Seed (optional)").fill(seed);
        button("Draw the sample").click();
        return this;
    }

    String table(String caption) {
        return text(page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText(caption)))));
    }

    /** The references of the sampled cases, as the allocation page lists them. */
    List<String> sampledCases() {
        return page.locator("table tbody th").allTextContents().stream().map(String::strip).toList();
    }

    /** The row of a case on the allocation page, as it reads. */
    String allocationOf(String caseReference) {
        return text(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(caseReference)));
    }

    SetUpPages allocate(String caseReference, String username) {
        page.getByLabel("Allocate case " + caseReference + " to").selectOption(username);
        button("Save the allocation of case " + caseReference).click();
        return this;
    }
}
