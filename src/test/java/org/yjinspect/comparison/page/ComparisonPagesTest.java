package org.yjinspect.comparison.page;

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
import org.yjinspect.comparison.LibraryScene;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.TestUsers;

/** The comparison pages over HTTP on a library of the five held published inspections and a live inspection. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ComparisonPagesTest {
    private static Application app;
    private static Javalin web;
    private static LibraryScene scene;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        scene = LibraryScene.create(app);
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void theInspectionsLiveFiguresAmongThePublishedOnes() throws Exception {
        HttpResponse<String> page = get("/inspections/" + scene.id() + "/comparison", "lead");
        assertThat(page.statusCode()).isEqualTo(200);
        // Every court case 'Yes': 2.1 desistance 100%, against Suffolk 78%, Portsmouth and Plymouth 100%.
        assertThat(page.body()).contains("Supporting the child's desistance in assessment (2.1): 100% (n="
                        + scene.courtCases() + "), the same as 2 of 3 published 2021 inspections and higher than 1",
                "Among 2018 inspections, through the mapping: 100% (n=" + scene.courtCases() + "), the same as all 2"
                        + " published 2018 inspections", "yj-subnav__item--current", "<svg");
        assertThat(get("/inspections/" + scene.id(), "lead").body()).contains("/inspections/" + scene.id() + "/comparison");
    }

    @Test
    void aStandardsRatingsAndKeyQuestionsPerVersion() throws Exception {
        HttpResponse<String> page = get("/library/compare?version=2021&standard=2.2", "outsider");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2.2 Planning: 2021 framework", "The same standard in 2018 inspections",
                "Of 3 published 2021 inspections: Outstanding 0, Good 0, Requires improvement 2, Inadequate 1, not rated 0.",
                "3 published inspections, lowest 39%, lower quartile 55%, median 71%, upper quartile 73%, highest 75%");
        HttpResponse<String> policy = get("/library/compare?version=2021&standard=3.4", "outsider");
        assertThat(policy.body()).contains("Not set beside the other framework version: Same number, different standard.");
    }

    @Test
    void aKeyQuestionsFiguresOneByOne() throws Exception {
        HttpResponse<String> page = get("/library/compare?version=2018&keyQuestion=3.4.joint-decisions", "outsider");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Torbay Youth Offending Service", "33%", "Kingston and Richmond", "100%",
                "Not set beside the other framework version: 2018 only");
    }

    @Test
    void aWrongChoiceIsSaidOnTheFormWithTheValue() throws Exception {
        HttpResponse<String> version = get("/library/compare?version=2019&standard=2.2", "outsider");
        assertThat(version.statusCode()).isEqualTo(400);
        assertThat(version.body()).contains("govuk-error-summary", "href=\"#standard-version\"",
                "Version must be 2018 or 2021 (got \"2019\")");
        HttpResponse<String> kq = get("/library/compare?version=2021&keyQuestion=3.4.joint-decisions", "outsider");
        assertThat(kq.statusCode()).isEqualTo(400);
        assertThat(kq.body()).contains("href=\"#keyQuestion\"", "the 2021 framework has no key question 3.4.joint-decisions");
        assertThat(get("/library/compare", "outsider").statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceOverTimeKeepsJointWorkingInARowOfItsOwn() throws Exception {
        HttpResponse<String> page = get("/library/services/torbay", "outsider");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Torbay Youth Offending Service", "3.4 Joint working (2018)",
                "3.4 Out-of-court disposal policy and provision (2021)", "2021-03");
        assertThat(get("/library/services/nowhere", "outsider").statusCode()).isEqualTo(404);
    }

    @Test
    void someoneOnNoTeamCannotSeeTheInspectionsComparison() throws Exception {
        assertThat(get("/inspections/" + scene.id() + "/comparison", "outsider").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String person) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + path))
                .header("Authorization", "Bearer " + TestUsers.token(app, person)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
