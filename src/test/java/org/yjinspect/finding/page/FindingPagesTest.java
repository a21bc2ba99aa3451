package org.yjinspect.finding.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.web.SessionCookie;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.access.domain.Role;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * The findings page over HTTP as a browser without JavaScript uses it: plain forms with the session
 * cookie and its token, answered by a redirect; a refusal is the page again with the error summary
 * pointing at the field and what was typed kept.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class FindingPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Application app;
    private static Javalin web;
    private static String base;
    private static long inspectionId;
    private static String cookie;
    private static String csrf;

    @BeforeAll
    static void start(Application application) throws Exception {
        app = application;
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        TestUsers.account(app, "lowri");
        CreateInspectionCommand c = Fixtures.inspection("2021");
        inspectionId = app.inspections().create(new CreateInspectionCommand("Findings YJS", c.kind(),
                c.frameworkVersion(), c.announcementDate(), c.fieldworkStart(), c.fieldworkEnd(), null, null, null,
                Fixtures.SET_UP, "lowri")).id();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"lowri\", \"password\": \"" + TestUsers.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String set = answer.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow();
        cookie = set.substring(0, set.indexOf(';'));
        Matcher token = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).as(answer.body()).isTrue();
        csrf = token.group(1);
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void theLeadAddsChangesAndRemovesFindingsWithPlainForms() throws Exception {
        String page = "/inspections/" + inspectionId + "/findings";
        HttpResponse<String> empty = get(page);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Strengths and areas for improvement").contains("Domain 1: ")
                .contains("Domain 4: ").contains("None yet.").contains("Add a strength or an area for improvement");

        HttpResponse<String> added = post(page, Map.of("domain", "2", "kind", "strength", "text",
                "Assessments were <thorough>."));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue(page + "?done=added");
        HttpResponse<String> shown = get(page + "?done=added");
        assertThat(shown.body()).contains("The finding has been added.").contains("Assessments were &lt;thorough&gt;.")
                .contains("Change or remove strength 1 of domain 2");
        long id = app.findings().of(inspectionId).get(0).id();

        HttpResponse<String> stale = post(page + "/" + id, Map.of("baseRevision", "7", "text", "Reworded."));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("govuk-error-summary").contains("href=\"#finding-" + id + "-text\"")
                .contains("Reworded.");
        assertThat(post(page + "/" + id, Map.of("baseRevision", "1", "text", "Reworded.")).statusCode()).isEqualTo(303);
        assertThat(app.findings().of(inspectionId).get(0).text()).isEqualTo("Reworded.");

        assertThat(post(page + "/" + id + "/remove", Map.of()).statusCode()).isEqualTo(303);
        assertThat(app.findings().of(inspectionId)).isEmpty();
    }

    @Test
    void aRefusedAdditionShowsTheErrorOnItsFieldAndKeepsWhatWasTyped() throws Exception {
        String page = "/inspections/" + inspectionId + "/findings";
        HttpResponse<String> noDomain = post(page, Map.of("kind", "area", "text", "Planning was weak."));
        assertThat(noDomain.statusCode()).isEqualTo(400);
        assertThat(noDomain.body()).contains("<title>Error: ").contains("href=\"#domain\"")
                .contains("The domain is required: select the domain").contains("Planning was weak.");
        HttpResponse<String> noText = post(page, Map.of("domain", "1", "kind", "area", "text", " "));
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).contains("href=\"#text\"").contains("The finding is required");
        HttpResponse<String> noKind = post(page, Map.of("domain", "1", "text", "x"));
        assertThat(noKind.body()).contains("href=\"#kind\"");
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "domain=1&kind=strength&text=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("without the form's token").isEqualTo(403);
        assertThat(app.findings().of(inspectionId)).isEmpty();
    }

    @Test
    void aPublishedInspectionsFindingsAreShownWithoutForms() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 43, 300, 3, 0);
        TestUsers.join(app, s.id(), "lowri", Role.LEAD_INSPECTOR);
        app.findings().add(new AddFindingCommand(s.id(), 1, FindingKind.STRENGTH, "The board is well led.",
                Fixtures.SET_UP));
        Publishing.readyToPublish(app, s, Fixtures.SET_UP);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), Fixtures.SET_UP));
        String page = "/inspections/" + s.id() + "/findings";
        HttpResponse<String> shown = get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("The board is well led.").contains("are read-only")
                .doesNotContain("<form method=\"post\" action=\"" + page);
        HttpResponse<String> refused = post(page, Map.of("domain", "1", "kind", "strength", "text", "Too late."));
        assertThat(refused.statusCode()).isEqualTo(423);
        assertThat(app.findings().of(s.id())).hasSize(1);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrf);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
