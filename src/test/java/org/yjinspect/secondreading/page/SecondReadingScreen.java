package org.yjinspect.secondreading.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;

/**
 * One person's browser tab on the second-reading pages, used as a person would: by headings,
 * labels, links and buttons. Every page looked at is checked with axe and saved as a screenshot.
 */
final class SecondReadingScreen {
    final Page page;
    private final String base;

    SecondReadingScreen(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    SecondReadingScreen go(String path) {
        page.navigate(base + path);
        return this;
    }

    String heading() {
        return text(page.locator("h1"));
    }

    String banner() {
        return text(page.locator(".govuk-notification-banner"));
    }

    String errorSummary() {
        return text(page.locator(".govuk-error-summary"));
    }

    String main() {
        return text(page.locator("main"));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The lead ticks the cases in "Cases to read a second time" and chooses them. */
    SecondReadingScreen chooseByHand(String... references) {
        for (String reference : references) {
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Cases to read a second time"))
                    .getByLabel(reference, new Locator.GetByLabelOptions().setExact(false)).check();
        }
        button("Choose these cases").click();
        return this;
    }

    SecondReadingScreen allocate(String reference, String reader) {
        page.getByLabel("Second reader of case " + reference).selectOption(reader);
        button("Allocate the second reader of case " + reference).click();
        return this;
    }

    /** The readers the select of the case offers (without its "Choose a reader"). */
    List<String> readersOffered(String reference) {
        return page.getByLabel("Second reader of case " + reference).locator("option").allTextContents().stream()
                .map(String::strip).filter(o -> !o.equals("Choose a reader")).toList();
    }

    SecondReadingScreen draw(String share, String seed) {
        page.getByLabel("Share of the sample (per cent)").fill(share);
        page.getByLabel("Seed (optional)").fill(seed);
        button("Draw the cases").click();
        return this;
    }

    /** Answers every prompt and judgement of the standard shown; with JavaScript waits for each "Saved". */
    SecondReadingScreen answerStandard(String promptAnswer, String judgement, boolean javaScript) {
        for (Locator group : page.locator("form[data-second-reading] div.yj-answer[data-answer]").all()) {
            boolean isJudgement = group.locator("legend").textContent().strip().startsWith("Your judgement: ");
            String answer = isJudgement ? judgement : promptAnswer;
            Locator radio = group.getByLabel(answer, new Locator.GetByLabelOptions().setExact(true));
            if (radio.isChecked()) {
                continue;
            }
            radio.check();
            if (javaScript) {
                PlaywrightAssertions.assertThat(group.locator("[data-save-state]")).hasText("Saved",
                        new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            }
        }
        if (!javaScript) {
            button("Save and continue").click();
        }
        return this;
    }

    /** Every standard of the reading, one after the other. */
    SecondReadingScreen answerEverything(String promptAnswer, String judgement, boolean javaScript) {
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Standards of this case"));
        List<String> standards = nav.getByRole(AriaRole.LINK).allTextContents().stream().map(String::strip).toList();
        for (String standard : standards) {
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Standards of this case"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(standard).setExact(true)).click();
            answerStandard(promptAnswer, judgement, javaScript);
        }
        return this;
    }

    /** With JavaScript: the reader's own risk of serious harm classification, saved as it is given. */
    SecondReadingScreen classifyRiskOfSeriousHarm(String level) {
        Locator group = page.locator("#classifications div.yj-answer");
        group.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Your classification: Risk of serious harm"))
                .getByLabel(level, new Locator.GetByLabelOptions().setExact(true)).check();
        PlaywrightAssertions.assertThat(group.locator("[data-save-state]")).hasText("Saved",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        return this;
    }

    /** How many answers the form shows given (radios checked), classifications aside. */
    int answersShown() {
        return page.locator("form[data-second-reading] input[type=radio]:checked").count();
    }

    /** The status the server gives this browser (its cookies) for a GET of {@code path}. */
    APIResponse request(String path) {
        return page.request().get(base + path);
    }

    SecondReadingScreen settle(String itemId, String agreed, String reason) {
        Locator card = page.locator("[data-difference='" + itemId + "']").first();
        card.getByLabel(agreed, new Locator.GetByLabelOptions().setExact(true)).check();
        card.getByLabel("Why is this the agreed answer?").fill(reason);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Settle this difference")).click();
        return this;
    }

    Locator difference(String itemId) {
        return page.locator("[data-difference='" + itemId + "']").first();
    }

    /** Axe finds no serious violation, and the page is saved at 1,366 px as second-reading-NAME-1366.png. */
    SecondReadingScreen check(String name) {
        assertThat(Axe.seriousViolations(page)).as("accessibility of " + name).isEmpty();
        BrowserFixture.shoot(page, "second-reading-" + name + "-" + BrowserSession.DESKTOP_WIDTH);
        return this;
    }

    /** As {@link #check}, and again at 768 px (then back to 1,366). */
    SecondReadingScreen checkBothWidths(String name) {
        check(name);
        page.setViewportSize(BrowserSession.TABLET_WIDTH, 768);
        assertThat(Axe.seriousViolations(page)).as("accessibility of " + name + " at 768").isEmpty();
        BrowserFixture.shoot(page, "second-reading-" + name + "-" + BrowserSession.TABLET_WIDTH);
        page.setViewportSize(BrowserSession.DESKTOP_WIDTH, 768);
        return this;
    }

    static String text(Locator locator) {
        return locator.count() == 0 ? "" : locator.first().textContent().replaceAll("\\s+", " ").strip();
    }
}
