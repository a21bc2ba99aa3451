package org.yjinspect.published.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.SeedDirectory;
import org.yjinspect.support.TestUsers;

/**
 * The published reports page over HTTP: a pasted report shows what the importer read and the
 * re-rating with its warnings; an empty box, or text that is no report, comes back as the form
 * with a GOV.UK error summary saying what to do; pasted text is shown escaped, never as markup.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class PublishedPagesTest {
    private static Javalin web;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Application app) {
        web = app.web().start(0);
        token = TestUsers.token(app, "reader");
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void theFormIsThereForAnyoneSignedIn() throws Exception {
        HttpResponse<String> page = send("GET", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Published reports</h1>", "name=\"reportText\"",
                "Nothing you paste is stored");
    }

    @Test
    @NeedsSeeds
    void aPastedReportShowsWhatWasReadAndTheReRating() throws Exception {
        Path seed;
        try (var files = Files.list(SeedDirectory.find())) {
            seed = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        HttpResponse<String> page = send("POST", "reportText=" + URLEncoder.encode(Files.readString(seed),
                StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("What the importer read", "Published score", "Warnings (", "The re-rating",
                "Score from the ratings", "Key question figures", "2.1 Assessment");
    }

    @Test
    void anEmptyBoxIsRefusedWithTheFormAndWhatToDo() throws Exception {
        HttpResponse<String> page = send("POST", "reportText=++");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("govuk-error-summary", "Paste the text of a published report into the box")
                .contains("<title>Error: Published reports");
    }

    @Test
    void textThatIsNoReportIsRefusedAndShownOnlyAsText() throws Exception {
        HttpResponse<String> page = send("POST", "reportText=" + URLEncoder.encode("<script>alert(1)</script> a shopping"
                + " list\nmilk\neggs", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("govuk-error-summary", "not an HMIP youth inspection report",
                "Paste the whole text of an HMIP youth inspection report").doesNotContain("<script>alert");
    }

    @Test
    void theListNamesEveryPublishedInspectionHeldAsFigures() throws Exception {
        String page = send("GET", null).body();
        assertThat(page).contains("Published inspections held as figures", "These are figures from the reports, not the"
                + " reports", "<a class=\"govuk-link\" href=\"/published/plymouth-2022\">Plymouth Youth Justice Service</a>",
                "February 2022", "24/36", "Suffolk Youth Justice Service", "January 2023", "9/36",
                "Requires improvement", "Torbay Youth Offending Service", "March 2021", "Kingston", "Portsmouth");
    }

    @Test
    void aHeldInspectionShowsItsRatingsPageAsPrintedBesideTheReRating() throws Exception {
        HttpResponse<String> plymouth = get("/published/plymouth-2022");
        assertThat(plymouth.statusCode()).isEqualTo(200);
        assertThat(plymouth.body()).contains("Figures from a published report", "Plymouth Youth Justice Service",
                "published in February 2022", "They are not the report", "24/36", "Domain 2: Court disposals",
                "2.1 Assessment", "<strong class=\"yj-nowrap\">100%</strong>", "<strong class=\"yj-nowrap\">50%</strong>",
                "Panel discretion", "the ratings panel rated it Good", "★", "Same as published",
                "the engine gives every published rating, the score 24/36 and the overall rating Good")
                .doesNotContain("Differs");
        assertThat(get("/published/kingston-richmond-2021").body()).contains("<strong class=\"yj-nowrap\">7 of 8</strong>",
                "<strong class=\"yj-nowrap\">6 of 7</strong>", "3.4 Joint working").doesNotContain("Panel discretion");
        assertThat(get("/published/torbay-2021").body()).contains("in draft, in Torbay Council's agenda pack");
    }

    @Test
    void anInspectionTheProjectDoesNotHoldIsNotFound() throws Exception {
        HttpResponse<String> absent = get("/published/no-such-report");
        assertThat(absent.statusCode()).isEqualTo(404);
        assertThat(absent.body()).contains("holds no published inspection called \"no-such-report\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + "/published"))
                .header("Authorization", "Bearer " + token);
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
