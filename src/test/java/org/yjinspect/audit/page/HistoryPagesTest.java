package org.yjinspect.audit.page;

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
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * The history page names each change and its values in inspectors' words, keeps old and new side by
 * side, and still filters.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class HistoryPagesTest {
    private static Javalin web;
    private static String token;
    private static SampledInspection s;
    private static AssessedCase court;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Application app) {
        s = SampledInspection.create(app, "2021", 29, 200, 4, 0);
        court = s.first(CaseType.COURT_DISPOSAL);
        Actor eira = new Actor("eira");
        app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(s.id(), court, 0, eira),
                "2.1.desistance.a", "yes"));
        app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(s.id(), court, 1, eira),
                "2.1.desistance.a", "no"));
        app.organisation().propose(new ProposeRatingCommand(new RecordRef(s.id(), 0, eira), "1.1", "Good", "a strong board"));
        TestUsers.join(app, s.id(), "Gwen", Role.LEAD_INSPECTOR);
        token = TestUsers.token(app, "Gwen");
        web = app.web().start(0);
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aCaseStandardsChangesAreNamedInInspectorsWordsWithBeforeAndAfter() throws Exception {
        String page = history("?case=" + court.reference() + "&standard=2.1");
        assertThat(page).contains("Prompt 2.1.desistance.a answer",
                "<td class=\"govuk-table__cell yj-history__value\">Yes</td>",
                "<td class=\"govuk-table__cell yj-history__value\">No</td>")
                .doesNotContain("prompt answer 2.1.desistance.a: answer", "Proposed rating");
    }

    @Test
    void aStandardsFilterShowsOnlyThatStandardsChanges() throws Exception {
        String page = history("?standard=1.1");
        assertThat(page).contains("Proposed rating, standard 1.1", "Rationale for the proposed rating, standard 1.1",
                "a strong board").doesNotContain("Prompt 2.1.desistance.a answer", "proposed rating 1.1: rating");
    }

    @Test
    void theWholeTrailNamesTheCaseStatusAndTheSample() throws Exception {
        assertThat(history("")).contains("Status", "Not started", "In progress", "Cases in the sample", "Service")
                .doesNotContain("case assessment " + court.reference() + ": status", "NOT_STARTED", "IN_PROGRESS",
                        "yj-history__value\">YES<");
    }

    private String history(String query) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + web.port()
                + "/inspections/" + s.id() + "/history" + query)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }
}
