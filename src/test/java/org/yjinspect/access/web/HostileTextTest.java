package org.yjinspect.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.access.web.HostilePayloads.Payload;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.account.domain.DisplayName;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.support.Answering;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Hostile text in every text field the API stores (markup, SQL, template and lookup
 * expressions, formulas, direction and control characters, NUL, text too long): each value is
 * either stored and given back exactly, as a JSON string labelled so that no browser renders
 * it (Content-Type application/json, nosniff, a policy that runs nothing), or refused with a 400
 * JSON error naming the field and nothing stored. Never a 500, and no table dropped or changed
 * by a refused value. The test fails when a request record gains a text field it does not attack.
 * The same holds for SQL-like text in every path parameter and in the audit trail's query.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class HostileTextTest {
    private static Application app;
    private static Javalin web;
    private static HostileClient http;
    private static HostileDatabase db;
    private static List<HostileField> fields;
    private static HostilePaths paths;

    @BeforeAll
    static void start(Application application, TestDatabase database) throws Exception {
        app = application;
        db = HostileDatabase.open(database);
        web = app.web().start(0);
        http = new HostileClient("http://localhost:" + web.port(), name -> TestUsers.token(app, name));
        SampledInspection main = sampled(5);
        TestUsers.join(app, main.id(), HostileScene.PANEL, Role.PANEL_MEMBER);
        TestUsers.join(app, main.id(), HostileRecordFields.RESUBMITTER, Role.LEAD_INSPECTOR);
        AssessedCase open = main.ofType(CaseType.COURT_DISPOSAL).get(0);
        AssessedCase submitted = main.ofType(CaseType.COURT_DISPOSAL).get(1);
        Answering.answerAll(app, main.id(), submitted, "yes", Fixtures.SET_UP);
        app.assessments().moveStatus(new MoveCaseStatusCommand(new CaseRef(main.id(), submitted.sampleCaseId(),
                app.assessments().show(main.id(), submitted.sampleCaseId()).status().revision(), Fixtures.SET_UP),
                "submitted", null));
        app.organisation().propose(new ProposeRatingCommand(new RecordRef(main.id(), 0, Fixtures.SET_UP), "1.2", "Good",
                "staffing is stable"));
        long caseload = http.json("POST", "/api/inspections", HostileScene.body("serviceName", "Westshire YJS", "kind",
                "inspection", "frameworkVersion", "2021", "announcementDate", "2024-10-14", "fieldworkStart",
                "2024-11-04", "fieldworkEnd", "2024-11-11"), HostileScene.LEAD).body().get("id").asLong();
        fields = new ArrayList<>(new HostileFields(http, main.id(), sampled(6).id(), sampled(7).id(),
                open.reference()).all());
        HostileRecordFields records = new HostileRecordFields(http, main.id(), open.sampleCaseId(),
                submitted.sampleCaseId(), caseload);
        fields.addAll(records.assessment());
        fields.addAll(records.organisation());
        fields.addAll(records.panel());
        fields.addAll(records.caseloadCsv());
        fields.addAll(new HostileReportInputFields(http, main.id()).all());
        paths = new HostilePaths(validParameters(main, open));
    }

    @AfterAll
    static void stop() throws Exception {
        web.stop();
        db.close();
    }

    @Test
    void everyTextFieldOfEveryRequestRecordIsAttacked() {
        Set<String> attacked = new TreeSet<>();
        fields.stream().map(HostileField::key).filter(key -> !key.startsWith("caseload CSV")).forEach(attacked::add);
        assertThat(attacked).as("the text fields of the *Request records of the *Routes classes")
                .isEqualTo(HostileRequestRecords.textFields());
    }

    @Test
    void hostileTextIsStoredExactlyOrRefusedNamingTheFieldAndNothingElseChanges() throws Exception {
        List<String> tables = db.tables();
        SoftAssertions soft = new SoftAssertions();
        for (HostileField field : fields) {
            for (Payload payload : field.payloads()) {
                String where = field + " <- " + payload;
                try {
                    attack(soft, field, payload, where);
                } catch (Exception | AssertionError e) {
                    soft.fail(where + " could not be tried: " + e);
                }
                soft.assertThat(db.tables()).as(where + ": no table dropped or made").isEqualTo(tables);
            }
        }
        soft.assertAll();
    }

    @Test
    void hostileTextInPathParametersIsRefusedAsJsonAndChangesNothing() throws Exception {
        Map<String, Long> before = withoutAccountEvents(db.counts());
        SoftAssertions soft = new SoftAssertions();
        int tried = 0;
        for (var parsed : web.unsafe.internalRouter.allHttpHandlers()) {
            String method = parsed.endpoint.method.name();
            String pattern = parsed.endpoint.path;
            for (String parameter : HostilePaths.parameters(pattern)) {
                for (String hostile : HostilePaths.HOSTILE) {
                    String path = paths.with(pattern, parameter, hostile);
                    String where = method + " " + pattern + " with " + parameter + " = " + hostile;
                    HostileClient.Answer answer = http.send(method, path, method.equals("GET") ? null : "{}",
                            "application/json", HostileScene.LEAD);
                    soft.assertThat(answer.status()).as(where + ": " + answer).isBetween(400, 499);
                    if (!org.yjinspect.platform.web.ErrorPages.isPage(pattern)) {
                        harmless(soft, answer, where);
                    } else {
                        harmlessPage(soft, answer, where, hostile);
                    }
                    tried++;
                }
            }
        }
        soft.assertThat(tried).as("routes with path parameters were walked").isGreaterThan(100);
        soft.assertThat(withoutAccountEvents(db.counts())).as("nothing changed").isEqualTo(before);
        soft.assertAll();
    }

    @Test
    void hostileTextInTheAuditTrailsQueryFindsNothingOrIsRefused() throws Exception {
        String audit = "/api/inspections/" + paths.valid("inspectionId") + "/audit?";
        SoftAssertions soft = new SoftAssertions();
        for (String parameter : List.of("case", "standard", "after", "limit")) {
            for (Payload payload : HostilePayloads.all()) {
                String where = "audit ?" + parameter + "=" + payload;
                HostileClient.Answer answer = http.get(audit + parameter + "=" + HostilePaths.encoded(payload.text()),
                        HostileScene.LEAD);
                harmless(soft, answer, where);
                if (answer.status() == 200) {
                    soft.assertThat(answer.body().get("count").asInt()).as(where + " matches no entry").isZero();
                } else if (answer.status() != 414) {
                    soft.assertThat(answer.status()).as(where + ": " + answer).isEqualTo(400);
                    soft.assertThat(answer.error()).as(where).containsIgnoringCase(parameter);
                }
            }
        }
        soft.assertThat(db.counts()).as("every table is still there").containsKeys("inspection", "audit_entry",
                "user_account");
        soft.assertAll();
    }

    @Test
    void aHostileDisplayNameIsStoredExactlyOrRefusedNamingIt() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        int n = 0;
        List<Payload> payloads = new ArrayList<>(HostilePayloads.all());
        payloads.add(HostilePayloads.atLimit(DisplayName.LONGEST));
        payloads.add(HostilePayloads.overLimit(DisplayName.LONGEST));
        for (Payload payload : payloads) {
            String username = "hostile-name-" + n++;
            int accounts = app.accounts().all().size();
            boolean stores = payload.nature() == HostilePayloads.Nature.PLAIN;
            try {
                app.accounts().create(CreateAccountCommand.of(username, payload.text(), TestUsers.PASSWORD.toCharArray(),
                        false, "test set-up"));
                soft.assertThat(stores).as(payload + " was stored").isTrue();
                soft.assertThat(app.accounts().all()).as(payload.toString()).anyMatch(a -> a.username().equals(username)
                        && payload.text().equals(a.displayName()));
            } catch (Problem refused) {
                soft.assertThat(stores).as(payload + " was refused: " + refused.getMessage()).isFalse();
                soft.assertThat(refused.getMessage()).as(payload.toString()).contains("display name");
                soft.assertThat(app.accounts().all()).as(payload.toString()).hasSize(accounts);
            }
        }
        soft.assertAll();
    }

    private static void attack(SoftAssertions soft, HostileField field, Payload payload, String where) throws Exception {
        field.prepare().ready();
        Map<String, Long> before = db.counts();
        List<String> storedBefore = field.read().stored();
        long lastAudit = db.lastAuditEntry();
        HostileClient.Answer answer = field.write().send(payload.text());
        harmless(soft, answer, where);
        if (field.stores(payload)) {
            soft.assertThat(answer.status()).as(where + " is stored: " + answer).isBetween(200, 299);
            soft.assertThat(field.read().stored()).as(where + " is given back exactly").contains(payload.text());
            long inspection = field.audited().inspection(answer);
            if (inspection > 0 && answer.status() < 300) {
                soft.assertThat(auditedSince(inspection, lastAudit)).as(where + " is in the audit trail exactly")
                        .contains(payload.text());
            }
            return;
        }
        soft.assertThat(field.refusedWith()).as(where + " is refused: " + answer).contains(answer.status());
        String words = String.join(" ", answer.texts());
        if (field.named() != null) {
            soft.assertThat(field.namedIn(words)).as(where + ": the refusal names the field (" + field.named() + "): "
                    + words).isTrue();
        }
        soft.assertThat(TextRule.firstUnsafe(words, true)).as(where + ": the refusal shows no control or invisible"
                + " character: " + words).isNegative();
        soft.assertThat(field.read().stored()).as(where + ": nothing stored").isEqualTo(storedBefore);
        Map<String, Long> after = db.counts();
        field.growsWhenRefused().forEach(table -> {
            after.remove(table);
            before.remove(table);
        });
        soft.assertThat(after).as(where + ": no row added or removed").isEqualTo(before);
    }

    /** Whatever the outcome: never a 500, always JSON labelled so that no browser renders or runs it. */
    private static void harmless(SoftAssertions soft, HostileClient.Answer answer, String where) {
        harmless(soft, answer, where, "application/json");
    }

    /** The same for a page of the browser application, whose refusals are HTML pages (escaped by JTE) under the same policy. */
    private static void harmless(SoftAssertions soft, HostileClient.Answer answer, String where, String contentType) {
        soft.assertThat(answer.status()).as(where + ": no server error: " + answer).isLessThan(500);
        // A page's refusal is a page; a path the router cannot read at all (a blank segment) is answered as the API answers it.
        soft.assertThat(answer.contentType()).as(where + ": " + contentType).satisfiesAnyOf(
                type -> assertThat(type).startsWith(contentType), type -> assertThat(type).startsWith("application/json"));
        soft.assertThat(answer.nosniff()).as(where + ": nosniff").isEqualTo("nosniff");
        soft.assertThat(answer.policy()).as(where + ": Content-Security-Policy").contains("default-src 'none'");
        soft.assertThat(TextRule.firstUnsafe(answer.error(), true)).as(where + ": the refusal shows no control or"
                + " invisible character: " + answer.error()).isNegative();
    }

    /**
     * A page's refusal: never a 500, an HTML page of the service's own, the hostile text never as
     * markup (a path the web server itself refuses before any route, such as one with a bare space,
     * is answered in its JSON, and held to the API's rule).
     */
    private static void harmlessPage(SoftAssertions soft, HostileClient.Answer answer, String where, String hostile) {
        if (answer.contentType().startsWith("application/json")) {
            harmless(soft, answer, where);
            return;
        }
        soft.assertThat(answer.status()).as(where + ": no server error: " + answer).isLessThan(500);
        soft.assertThat(answer.contentType()).as(where + ": a page").startsWith("text/html");
        soft.assertThat(answer.nosniff()).as(where + ": nosniff").isEqualTo("nosniff");
        if (hostile.contains("<")) {
            soft.assertThat(answer.raw()).as(where + ": escaped").doesNotContain(hostile);
        }
    }

    private static List<String> auditedSince(long inspection, long after) throws Exception {
        HostileClient.Answer page = http.get("/api/inspections/" + inspection + "/audit?limit=5000&after=" + after,
                HostileScene.LEAD);
        return HostileScene.values(page.body(), "newValue");
    }

    private static SampledInspection sampled(long seed) {
        SampledInspection s = SampledInspection.create(app, "2021", seed, 300, 4, 0);
        TestUsers.join(app, s.id(), HostileScene.LEAD, Role.LEAD_INSPECTOR);
        return s;
    }

    /** A value each path parameter takes in the main inspection; a new parameter must be given one here. */
    private static Map<String, String> validParameters(SampledInspection main, AssessedCase open) throws Exception {
        long surveyLine = http.json("POST", "/api/inspections/" + main.id() + "/organisation/staff-survey",
                HostileScene.body("question", "I feel supported", "responses", 9, "percentAgreeing", 70),
                HostileScene.LEAD).body().get("id").asLong();
        Map<String, String> values = new TreeMap<>();
        values.put("inspectionId", String.valueOf(main.id()));
        values.put("sampleCaseId", String.valueOf(open.sampleCaseId()));
        values.put("promptId", "2.1.desistance.a");
        values.put("keyQuestionId", "2.1.desistance");
        values.put("number", "1.1");
        values.put("question", "1");
        values.put("id", String.valueOf(surveyLine));
        values.put("username", TestUsers.username(HostileScene.PANEL));
        values.put("role", "PANEL_MEMBER");
        values.put("caseReference", open.reference());
        values.put("tokenId", "1");
        return values;
    }

    private static Map<String, Long> withoutAccountEvents(Map<String, Long> counts) {
        Map<String, Long> kept = new TreeMap<>(counts);
        kept.remove("account_event");
        return kept;
    }
}
