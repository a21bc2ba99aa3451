package org.yjinspect.panel.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * The panel's decision form over HTTP, field by field: what is missing is said on the form (400),
 * a standard the framework does not have is said above the standards, and a decision the rule
 * accepts is saved and answered with the way back to the panel (303).
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class PanelPagesTest {
    private static Application app;
    private static Javalin web;
    private static SampledInspection inspection;
    private static PanelView.StandardLine standard;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        inspection = SampledInspection.create(app, "2021", 41, 300, 3, 0);
        TestUsers.join(app, inspection.id(), "panel", Role.PANEL_MEMBER);
        Publishing.readyToPublish(app, inspection, new Actor("test set-up"));
        standard = app.panel().show(inspection.id()).standards().stream()
                .filter(l -> l.caseBased() && l.computedRating() != null).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aFormWithoutARationaleIsShownAgainSayingWhatToEnter() throws Exception {
        HttpResponse<String> answer = post(standard.number(), "rating=" + label() + "&rationale=&baseRevision="
                + standard.decision().revision());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("govuk-error-summary", "Enter the panel's rationale for standard "
                + standard.number());
    }

    @Test
    void aStandardTheFrameworkDoesNotHaveIsSaidAboveTheStandards() throws Exception {
        HttpResponse<String> answer = post("4.9", "rating=Good&rationale=why&baseRevision=0");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("govuk-error-summary", "There is no standard 4.9 in the 2021 framework");
    }

    @Test
    void aConfirmedRatingIsSavedAndLeadsBackToThePanel() throws Exception {
        int revision = app.panel().show(inspection.id()).standards().stream()
                .filter(l -> l.number().equals(standard.number())).findFirst().orElseThrow().decision().revision();
        HttpResponse<String> answer = post(standard.number(), "rating=" + label() + "&rationale=agreed+again&baseRevision="
                + revision);
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/inspections/" + inspection.id()
                + "/panel?saved=" + standard.number() + "#standard-" + standard.number().replace('.', '-'));
        assertThat(app.panel().show(inspection.id()).standards().stream()
                .filter(l -> l.number().equals(standard.number())).findFirst().orElseThrow().decision().rationale())
                .isEqualTo("agreed again");
    }

    private static String label() {
        return standard.computedRating().label().replace(' ', '+');
    }

    private HttpResponse<String> post(String number, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + "/inspections/"
                        + inspection.id() + "/panel/standards/" + number))
                .header("Authorization", "Bearer " + TestUsers.token(app, "panel"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
