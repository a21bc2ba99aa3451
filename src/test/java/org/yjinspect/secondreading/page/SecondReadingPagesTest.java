package org.yjinspect.secondreading.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.secondreading.app.SecondReadingForm;
import org.yjinspect.secondreading.app.Who;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * The second-reading pages over HTTP as a browser without JavaScript uses them: each form answered
 * by a redirect back (post/redirect/get), a refused one shown again with the error summary pointing
 * at its field, a form without the session's token refused, and nothing offered or accepted once
 * the inspection is published.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class SecondReadingPagesTest {
    private static Application app;
    private static Javalin web;
    private static String base;
    private static ReadTwice read;
    private static PageClient lead;

    @BeforeAll
    static void start(Application application) throws Exception {
        app = application;
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        read = ReadTwice.create(app, 53);
        lead = PageClient.signIn(base, "lowri");
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    private static String page() {
        return "/inspections/" + read.id() + "/second-reading";
    }

    @Test
    void casesChosenByHandAreAnsweredWithTheWayBackAndAReaderWhoMayNotReadOneIsRefusedOnItsField() throws Exception {
        HttpResponse<String> nothing = lead.post(page() + "/cases");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("govuk-error-summary", "href=\"#cases\"", "Select at least one case",
                "<title>Error: ");
        HttpResponse<String> chosen = lead.post(page() + "/cases", "case", read.court().reference());
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).hasValue(page() + "?done=chosen");
        assertThat(lead.get(page() + "?done=chosen").body()).contains("The cases have been chosen for second reading.",
                read.court().reference());

        String field = "reader-" + FormError.anchor(read.court().reference());
        HttpResponse<String> noReader = lead.post(page() + "/readers", "caseReference", read.court().reference());
        assertThat(noReader.statusCode()).isEqualTo(400);
        assertThat(noReader.body()).contains("href=\"#" + field + "\"", "Select the second reader of case");
        HttpResponse<String> firstReader = lead.post(page() + "/readers", "caseReference", read.court().reference(),
                "reader", "ifan");
        assertThat(firstReader.statusCode()).isEqualTo(409);
        assertThat(firstReader.body()).contains("govuk-error-summary", "href=\"#" + field + "\"", "id=\"" + field
                + "-error\"");
        HttpResponse<String> siwan = lead.post(page() + "/readers", "caseReference", read.court().reference(),
                "reader", "siwan");
        assertThat(siwan.statusCode()).isEqualTo(303);
        assertThat(siwan.headers().firstValue("Location")).hasValue(page() + "?done=allocated");
    }

    @Test
    void aShareAndASeedMustBeWholeNumbers() throws Exception {
        HttpResponse<String> share = lead.post(page() + "/draw", "share", "a tenth", "seed", "");
        assertThat(share.statusCode()).isEqualTo(400);
        assertThat(share.body()).contains("href=\"#share\"", "a whole number from 1 to 100", "a tenth");
        HttpResponse<String> seed = lead.post(page() + "/draw", "share", "10", "seed", "twelve");
        assertThat(seed.statusCode()).isEqualTo(400);
        assertThat(seed.body()).contains("href=\"#seed\"", "The seed must be a whole number", "twelve");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused() throws Exception {
        assertThat(lead.postWithoutToken(page() + "/cases", "case", read.court().reference()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theSecondReaderSavesAStandardWithoutJavaScriptAndASettlementNeedsItsReason() throws Exception {
        ReadTwice own = ReadTwice.create(app, 54).chosenForSiwan();
        PageClient siwan = PageClient.signIn(base, "siwan");
        HttpResponse<String> form = siwan.get(own.readingPath());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("your second reading").doesNotContain("checked");
        SecondReadingForm.StandardForm standard = app.secondReading().form(own.id(), own.court().sampleCaseId(),
                Who.signedIn("siwan")).value().standards().get(0);
        String prompt = standard.keyQuestions().get(0).prompts().get(0).id();
        HttpResponse<String> saved = siwan.post(own.readingPath() + "/standards/" + standard.number(), "revision", "0",
                "p:" + prompt, "no", "p:" + prompt + ":was", "");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("saved=true");
        assertThat(app.secondReading().form(own.id(), own.court().sampleCaseId(), Who.signedIn("siwan")).value()
                .standards().get(0).keyQuestions().get(0).prompts().get(0).answer()).hasToString("NO");
        HttpResponse<String> refused = siwan.post(own.readingPath() + "/standards/9.9", "revision", "1");
        assertThat(refused.statusCode()).isEqualTo(400);

        own.readBySiwan("yes", "no").submittedByIfan();
        String kq = standard.keyQuestions().get(0).id();
        String settle = "/inspections/" + own.id() + "/second-reading/reconciliation";
        String key = org.yjinspect.secondreading.page.SettleForm.key(own.court().sampleCaseId(), kq);
        HttpResponse<String> noReason = lead.post(settle, "sampleCaseId", "" + own.court().sampleCaseId(), "level",
                "key_question", "itemId", kq, "agreedAnswer", "no", "reason", "");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#reason-" + key + "\"", "Enter why this is the agreed answer");
        HttpResponse<String> settled = lead.post(settle, "sampleCaseId", "" + own.court().sampleCaseId(), "level",
                "key_question", "itemId", kq, "agreedAnswer", "no", "reason", "The record shows no plan.");
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(303);
        assertThat(settled.headers().firstValue("Location")).hasValue(settle + "?done=settled#" + key);
        assertThat(lead.get(settle + "?done=settled").body()).contains("The record shows no plan.", "Agreed answer");
        HttpResponse<String> csv = lead.get("/inspections/" + own.id() + "/exports/second-readings.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("case_reference,standard,level,item_id,item,first_reading,second_reading,agreed,"
                + "settled_by,reason,first_reader,second_reader")
                .contains(own.court().reference() + "," + standard.number() + ",key_question," + kq + ",")
                .contains(",yes,no,no,lowri,The record shows no plan.,ifan,siwan");
    }

    @Test
    void aPublishedInspectionsSecondReadingIsShownWithoutForms() throws Exception {
        SampledInspection s = SampledInspection.create(app, "2021", 56, 300, 3, 0);
        TestUsers.join(app, s.id(), "lowri", Role.LEAD_INSPECTOR);
        Publishing.readyToPublish(app, s, Fixtures.SET_UP);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), Fixtures.SET_UP));
        String published = "/inspections/" + s.id() + "/second-reading";
        HttpResponse<String> shown = lead.get(published);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("published and locked").doesNotContain("<form method=\"post\" action=\""
                + published);
        assertThat(lead.post(published + "/cases", "case", s.cases().get(0).reference()).statusCode()).isEqualTo(423);
        assertThat(lead.get("/inspections/" + s.id() + "/report").body()).contains("No cases were second-read.");
    }
}
