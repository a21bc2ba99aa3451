package org.yjinspect.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/**
 * A case's assessment page as an inspector works through it with JavaScript on: one standard at
 * a time, every prompt and key question answered by its radios and saved as it is given; then
 * the case status buttons. The page objects wait for each answer's own "Saved".
 */
final class CaseScreen extends Screen {
    private static final String YCC_ONLY = "Asked of youth conditional cautions only.";
    /** An answer's form group (a prompt or a judgement, by radios); evidence notes are groups of their own. */
    private static final String ANSWER = "div.yj-answer[data-answer]";

    CaseScreen(Page page, String base) {
        super(page, base);
    }

    /** From the list of cases, the case with this reference. */
    CaseScreen open(String caseReference) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseReference).setExact(true)).click();
        return this;
    }

    /** The standards this case is assessed against, as the case's own navigation lists them. */
    List<String> standards() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Standards of this case"))
                .getByRole(AriaRole.LINK).allTextContents().stream().map(String::strip).toList();
    }

    CaseScreen standard(String standard) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Standards of this case"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(standard).setExact(true)).click();
        return this;
    }

    /**
     * Answers every prompt of the standard shown ({@code promptAnswer}) and judges every key
     * question Yes, or "Not relevant to this case" where it is asked of youth conditional cautions
     * only and the case is none; waits until each answer says it is saved.
     */
    CaseScreen answerStandard(String promptAnswer) {
        boolean caution = fact("Disposal").toLowerCase(java.util.Locale.ROOT).contains("conditional caution");
        List<Locator> given = new java.util.ArrayList<>();
        for (Locator section : page.locator("form[data-case-form] section.yj-key-question").all()) {
            boolean cautionsOnly = section.locator(".govuk-hint").filter(new Locator.FilterOptions()
                    .setHasText(YCC_ONLY)).count() > 0;
            for (Locator group : section.locator(ANSWER).all()) {
                boolean judgement = group.locator("legend").textContent().strip().startsWith("Your judgement: ");
                String answer = !judgement ? promptAnswer : cautionsOnly && !caution ? "Not relevant to this case" : "Yes";
                Locator radio = group.getByLabel(answer, new Locator.GetByLabelOptions().setExact(true));
                if (radio.isChecked()) {
                    continue;
                }
                radio.check();
                if (given.isEmpty()) {
                    // The first answer starts the assessment; the rest follow once it has.
                    saved(group);
                }
                given.add(group);
            }
        }
        given.forEach(CaseScreen::saved);
        return this;
    }

    /** Writes the evidence note of the standard's first key question and marks it good practice; waits until saved. */
    CaseScreen evidence(String note) {
        Locator group = page.locator("form[data-case-form] div.yj-answer[data-evidence]").first();
        group.locator("textarea").fill(note);
        group.getByRole(AriaRole.CHECKBOX).check();
        saved(group);
        return this;
    }

    /** Every standard of the case, one after the other. */
    CaseScreen answerEverything(String promptAnswer) {
        for (String standard : standards()) {
            standard(standard).answerStandard(promptAnswer);
        }
        return this;
    }

    private static void saved(Locator group) {
        PlaywrightAssertions.assertThat(group.locator("[data-save-state]")).hasText("Saved",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
    }

    /** What the page says still has to be answered in the standard shown. */
    String stillToAnswer() {
        return text(page.locator("p.yj-status").filter(new Locator.FilterOptions().setHasText("still to answer")));
    }

    String fact(String name) {
        return text(page.locator(".govuk-summary-list__row").filter(new Locator.FilterOptions().setHas(
                page.locator("dt", new Page.LocatorOptions().setHasText(name)))).locator("dd"));
    }

    String status() {
        return text(page.locator("[data-status-tag]"));
    }

    CaseScreen submit() {
        button("Submit the case").click();
        return this;
    }

    CaseScreen accept() {
        button("Accept the case").click();
        return this;
    }

    CaseScreen returnForRework(String reason) {
        page.getByLabel("Why does the case go back for rework?").fill(reason);
        button("Return for rework").click();
        return this;
    }
}
