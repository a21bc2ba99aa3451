package org.yjinspect.library.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.library.LibraryHttp;
import org.yjinspect.library.LibraryReportTexts;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.TestUsers;

/**
 * The library's pages over HTTP: the list with its filter and exports, the add form for
 * administrators only, what adding did (added, already held, other figures), one inspection's
 * figures and warnings, and removal after confirmation.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LibraryPagesTest {
    private static Javalin web;
    private static LibraryHttp http;

    @BeforeAll
    static void start(Application app) {
        app.accounts().create(CreateAccountCommand.of("ada", "Ada", TestUsers.PASSWORD.toCharArray(), true, "test"));
        TestUsers.account(app, "bob");
        app.library().keepNew(app.libraryReports().held(), Actor.of("test"));
        web = app.web().start(0);
        http = new LibraryHttp("http://localhost:" + web.port(), name -> TestUsers.token(app, name));
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    @Order(1)
    void theListShowsTheHeldInspectionsFiltersByVersionAndLinksToExportsAndPublishedReports() throws Exception {
        HttpResponse<String> page = http.get("/library", "bob");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Library of published inspections</h1>",
                "5 of 5 inspections", "Plymouth Youth Justice Service", "February 2022", "24/36",
                "Torbay Youth Offending Service", "href=\"/api/library/export.csv\"", "href=\"/api/library/export.xlsx\"",
                "href=\"/published\"", "aria-current=\"page\">Library</a>")
                .doesNotContain("Add a report");
        String only2018 = http.get("/library?version=2018", "bob").body();
        assertThat(only2018).contains("2 of 5 inspections, 2018 framework", "Torbay", "Kingston")
                .doesNotContain("Plymouth Youth Justice Service");
        assertThat(http.get("/library?version=1999", "bob").body()).contains("5 of 5 inspections");
        assertThat(http.get("/published", "bob").body()).contains("href=\"/library\"");
    }

    @Test
    @Order(2)
    void anInspectionShowsItsRatingsFiguresAndWarnings() throws Exception {
        HttpResponse<String> page = http.get("/library/1", "bob");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Published inspection in the library", "2. Court disposals",
                "3. Out-of-court disposals", "2.1 Assessment", "The importer gave no warnings.")
                .doesNotContain("Remove this inspection");
        HttpResponse<String> absent = http.get("/library/99", "bob");
        assertThat(absent.statusCode()).isEqualTo(404);
        assertThat(absent.body()).contains("There is no inspection 99 in the library");
    }

    @Test
    @Order(3)
    void anAdministratorAddsAReportThroughTheForm() throws Exception {
        assertThat(http.get("/library", "ada").body()).contains("Add a report", "enctype=\"multipart/form-data\"");
        byte[] anytown = LibraryReportTexts.report("Anytown Youth Justice Service", "May 2023", "Good", 62)
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> added = http.upload("/library", "anytown.txt", anytown, false, "ada");
        assertThat(added.statusCode()).isEqualTo(303);
        String location = added.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/library/6\\?done=added");
        String shown = http.get(location, "ada").body();
        assertThat(shown).contains("The report has been added to the library.", "Anytown Youth Justice Service",
                "Does assessment sufficiently analyse how to keep the child safe?", "62%",
                "standard 4.1 is printed as not rated", "Remove this inspection");

        HttpResponse<String> again = http.upload("/library", "anytown.txt", anytown, false, "ada");
        assertThat(again.headers().firstValue("Location")).contains("/library/6?done=already_held");

        byte[] other = LibraryReportTexts.report("Anytown YOT", "May 2023", "Good", 70).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> differs = http.upload("/library", "anytown-2.txt", other, false, "ada");
        assertThat(differs.statusCode()).isEqualTo(409);
        assertThat(differs.body()).contains("with other figures. Nothing has changed.", "62% -&gt; 70%");
        HttpResponse<String> replaced = http.upload("/library", "anytown-2.txt", other, true, "ada");
        assertThat(replaced.headers().firstValue("Location")).contains("/library/6?done=replaced");
        assertThat(http.get("/library/6", "bob").body()).contains("70%", "Anytown YOT");
    }

    @Test
    @Order(4)
    void aRefusedUploadComesBackAsTheFormWithWhatToDo() throws Exception {
        HttpResponse<String> none = http.form("/library", "csrf=x", "ada");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("govuk-error-summary", "Select a published report");
        HttpResponse<String> notAReport = http.upload("/library", "<b>list</b>.txt",
                "<script>alert(1)</script>\nmilk".getBytes(StandardCharsets.UTF_8), false, "ada");
        assertThat(notAReport.statusCode()).isEqualTo(400);
        assertThat(notAReport.body()).contains("govuk-error-summary", "not an HMIP youth inspection report")
                .doesNotContain("<script>alert");
        HttpResponse<String> bob = http.upload("/library", "anytown.txt", new byte[] {1}, false, "bob");
        assertThat(bob.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void removingAsksForConfirmationFirst() throws Exception {
        HttpResponse<String> confirm = http.get("/library/6/remove", "ada");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Remove Anytown YOT, May 2023, from the library?");
        HttpResponse<String> unticked = http.form("/library/6/remove", "csrf=x", "ada");
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(unticked.body()).contains("Tick the box to confirm");
        assertThat(http.get("/library/6", "bob").statusCode()).isEqualTo(200);

        HttpResponse<String> removed = http.form("/library/6/remove", "csrf=x&confirm=yes", "ada");
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(removed.headers().firstValue("Location")).contains("/library?removed=6");
        assertThat(http.get("/library?removed=6", "ada").body())
                .contains("Anytown YOT, published May 2023, has been removed from the library.");
        assertThat(http.get("/library/6", "bob").statusCode()).isEqualTo(404);
    }
}
