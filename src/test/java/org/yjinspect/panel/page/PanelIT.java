package org.yjinspect.panel.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;
import org.yjinspect.support.browser.Axe;
import org.yjinspect.support.browser.BrowserFixture;
import org.yjinspect.support.browser.BrowserSession;
import org.yjinspect.support.browser.NeedsBrowser;

/**
 * The ratings panel in real Chromium: a panel member confirms and moves ratings (with and without
 * JavaScript), a move the discretion rule refuses comes back with the rule's reason, the lead
 * inspector publishes through the confirmation page, and then every page shows the inspection
 * locked and a form posted after publication is refused as a page (423). Both widths; axe finds
 * no serious or critical violation.
 */
@NeedsBrowser
@ExtendWith(EmbeddedPostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PanelIT {
    @RegisterExtension
    static final BrowserFixture site = new BrowserFixture();
    private static SampledInspection ready;
    private static SampledInspection notReady;
    private static PanelView.StandardLine movable;
    private static PanelView.StandardLine other;

    @BeforeAll
    static void start(Application app) {
        ready = SampledInspection.create(app, "2021", 33, 300, 3, 0);
        TestUsers.join(app, ready.id(), "lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, ready.id(), "panel", Role.PANEL_MEMBER);
        Publishing.readyToPublish(app, ready, new Actor("test set-up"));
        // A small sample raises a discretion trigger: the panel may move such a standard one band.
        var lines = app.panel().show(ready.id()).standards().stream()
                .filter(l -> l.caseBased() && l.computedRating() != null).toList();
        movable = lines.stream().filter(l -> !l.triggers().isEmpty()).findFirst().orElseThrow();
        other = lines.stream().filter(l -> l != movable).findFirst().orElseThrow();
        notReady = SampledInspection.create(app, "2021", 34, 300, 3, 0);
        TestUsers.join(app, notReady.id(), "lead", Role.LEAD_INSPECTOR);
    }

    @Test
    @Order(1)
    void withJavaScriptAPanelMemberConfirmsOneRatingAndMovesAnotherOneBand() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        RatingsPanelPage panel = RatingsPanelPage.signInAndOpen(page, site.base(), ready.id(), "panel", TestUsers.PASSWORD);
        assertThat(panel.heading()).isEqualTo("Ratings panel");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "panel-" + BrowserSession.DESKTOP_WIDTH);

        panel.decide(other.number(), other.computedRating().label(), "The figures support the computed rating.");
        assertThat(panel.banner()).contains("The panel decision for standard " + other.number() + " is saved");
        assertThat(panel.finalRating(other.number())).isEqualTo(other.computedRating().label());

        Rating oneBand = oneBandFrom(movable.computedRating());
        panel.decide(movable.number(), oneBand.label(), "Only three cases: one case judged differently moves the band.");
        assertThat(panel.banner()).contains("is saved");
        assertThat(panel.finalRating(movable.number())).isEqualTo(oneBand.label());
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.context().close();
    }

    @Test
    @Order(2)
    void withoutJavaScriptAMoveIsSavedAndAMoveTheRuleRefusesShowsTheRulesReason() {
        Page page = site.newPage(BrowserSession.TABLET_WIDTH, false);
        RatingsPanelPage panel = RatingsPanelPage.signInAndOpen(page, site.base(), ready.id(), "panel", TestUsers.PASSWORD);
        panel.decide(movable.number(), movable.computedRating().label(), "Back to the computed rating after discussion.");
        assertThat(panel.banner()).contains("The panel decision for standard " + movable.number() + " is saved");
        assertThat(panel.finalRating(movable.number())).isEqualTo(movable.computedRating().label());
        BrowserSession.screenshot(page, "panel-" + BrowserSession.TABLET_WIDTH);

        Rating twoBands = twoBandsFrom(movable.computedRating());
        panel.decide(movable.number(), twoBands.label(), "We would like to move it two bands.");
        assertThat(panel.errorSummary()).contains("There is a problem").contains("one band");
        assertThat(RatingsPanelPage.text(panel.standard(movable.number()).locator(".govuk-error-message")))
                .contains("one band");
        assertThat(panel.finalRating(movable.number())).as("nothing was saved").isEqualTo(
                movable.computedRating().label());
        BrowserSession.screenshot(page, "panel-refused-" + BrowserSession.TABLET_WIDTH);
        page.context().close();
    }

    @Test
    @Order(3)
    void theConfirmationPageSaysWhatStillStandsInTheWay() {
        Page page = site.newPage(BrowserSession.DESKTOP_WIDTH, true);
        RatingsPanelPage.signInAndOpen(page, site.base(), notReady.id(), "lead", TestUsers.PASSWORD);
        PublishPage publish = PublishPage.open(page, site.base(), notReady.id());
        assertThat(publish.heading()).isEqualTo("Publish the ratings");
        assertThat(publish.body()).contains("What stands in the way", "case assessments are not accepted yet",
                "Nothing can be undone");
        assertThat(publish.canPublish()).isFalse();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        BrowserSession.screenshot(page, "publish-not-ready-" + BrowserSession.DESKTOP_WIDTH);
        page.context().close();
    }

    @Test
    @Order(4)
    void theLeadPublishesThroughTheConfirmationPageAndThenEveryPageShowsTheInspectionLocked() {
        Page stale = site.newPage(BrowserSession.DESKTOP_WIDTH, false);
        RatingsPanelPage before = RatingsPanelPage.signInAndOpen(stale, site.base(), ready.id(), "panel", TestUsers.PASSWORD);
        assertThat(before.hasDecisionForms()).isTrue();
        for (int width : new int[] {BrowserSession.TABLET_WIDTH, BrowserSession.DESKTOP_WIDTH}) {
            Page page = site.newPage(width, true);
            RatingsPanelPage panel = RatingsPanelPage.signInAndOpen(page, site.base(), ready.id(), "lead", TestUsers.PASSWORD);
            PublishPage publish = panel.publish();
            assertThat(publish.heading()).isEqualTo("Publish the ratings");
            assertThat(publish.body()).contains("every case and its assessment", "every qualitative record",
                    "the team and the allocation of cases", "Nothing can be undone");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            BrowserSession.screenshot(page, "publish-" + width);
            if (width == BrowserSession.DESKTOP_WIDTH) {
                RatingsPanelPage published = publish.publishAndLock();
                assertThat(published.banner()).contains("The ratings are published and the inspection is locked");
                assertThat(RatingsPanelPage.text(page.locator("main"))).contains("Published and locked",
                        "Published by lead");
                assertThat(published.hasDecisionForms()).isFalse();
                assertThat(Axe.seriousViolations(page)).isEmpty();
                BrowserSession.screenshot(page, "panel-published-" + width);
                assertThat(PublishPage.open(page, site.base(), ready.id()).body()).contains("These ratings were published by"
                        + " lead");
            }
            page.context().close();
        }
        before.decide(other.number(), other.computedRating().label(), "A form opened before publication.");
        assertThat(before.heading()).isEqualTo("This cannot be changed now");
        assertThat(RatingsPanelPage.text(stale.locator("main"))).contains("published").doesNotContain("\"error\"");
        BrowserSession.screenshot(stale, "panel-locked-refusal");
        stale.context().close();
    }

    private static Rating oneBandFrom(Rating rating) {
        return rating == Rating.INADEQUATE ? Rating.REQUIRES_IMPROVEMENT : Rating.values()[rating.ordinal() - 1];
    }

    private static Rating twoBandsFrom(Rating rating) {
        return rating.ordinal() >= 2 ? Rating.values()[rating.ordinal() - 2] : Rating.values()[rating.ordinal() + 2];
    }
}
