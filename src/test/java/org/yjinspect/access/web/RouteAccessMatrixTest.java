package org.yjinspect.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.access.app.AllocateCommand;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * The access matrix of the whole API, over real HTTP: every route × every person (each role,
 * an administrator, someone on no team, nobody signed in) × their own inspection or another ×
 * a case allocated to them or not, with the exact outcome: let in (the route then answers as it
 * would for anyone: 200 for a read, 400 for the deliberately malformed body every write is
 * sent, 423 on a published inspection), 401, 403, or 404 worded exactly as for an inspection or
 * case that does not exist. The expectations are written out below, route by route, from the
 * issue's words, not from the code's table. A route the server has and the matrix lacks (or
 * the other way round) fails the test.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class RouteAccessMatrixTest {
    private static final String BASE = "/api/inspections/{inspectionId}";
    private static final String CASE = BASE + "/assessments/{sampleCaseId}";
    /**
     * Columns: lead inspector, inspector, local assessor, panel member, service viewer, administrator
     * (the account flag, no role), someone on no team. A allowed, F 403, H 404 as absent; "A|F":
     * allowed on a case allocated to them, else F. The service viewer's cell is for a published
     * inspection; before publication everything is hidden from them. Routes outside one
     * inspection have one cell: "anyone" (no sign-in needed), "signed-in" or "administrators" (the
     * account flag; everyone else signed in is answered 403).
     */
    private static final String MATRIX = """
            GET    /                                                    signed-in
            GET    /sign-in                                             anyone
            GET    /inspections/new                                     signed-in
            POST   /inspections/new                                     signed-in
            GET    /inspections/{inspectionId}                          A A   A   A A A H
            GET    /inspections/{inspectionId}/history                  A A   F   A F F H
            POST   /sign-in                                             anyone
            POST   /sign-out                                            signed-in
            GET    /setup                                               anyone
            POST   /setup                                               anyone
            GET    /account                                             signed-in
            POST   /account/password                                    signed-in
            POST   /account/tokens                                      signed-in
            POST   /account/tokens/{tokenId}/revoke                     signed-in
            GET    /users                                               administrators
            GET    /users/new                                           administrators
            POST   /users/new                                           administrators
            POST   /users/{username}/active                             administrators
            GET    /users/{username}/password                           administrators
            POST   /users/{username}/password                           administrators
            GET    /assets/{file}                                       anyone
            POST   /api/setup                                           anyone
            POST   /api/session                                         anyone
            GET    /api/me                                              signed-in
            DELETE /api/session                                         signed-in
            DELETE /api/sessions                                        signed-in
            POST   /api/tokens                                          signed-in
            GET    /api/tokens                                          signed-in
            DELETE /api/tokens/{tokenId}                                signed-in
            POST   /api/inspections                                     signed-in
            GET    /api/inspections                                     signed-in
            GET    {B}                                                  A A   A   A A A H
            DELETE {B}                                                  A F   F   F F F H
            GET    {B}/team                                             A A   A   A A A H
            POST   {B}/team                                             A F   F   F F A H
            DELETE {B}/team/{username}/{role}                           A F   F   F F A H
            GET    {B}/allocations                                      A A   F   A F F H
            POST   {B}/allocations                                      A F   F   F F F H
            DELETE {B}/allocations/{caseReference}                      A F   F   F F F H
            PUT    {B}/caseload                                         A F   F   F F F H
            GET    {B}/caseload                                         A A   F   A F F H
            POST   {B}/sample                                           A F   F   F F F H
            GET    {B}/sample                                           A A   F   A F F H
            DELETE {B}/sample                                           A F   F   F F F H
            POST   {B}/sample/replacements                              A F   F   F F F H
            GET    {B}/assessments                                      A A   A   A F F H
            GET    {C}                                                  A A   A|H A F F H
            PUT    {C}/prompts/{promptId}                               A A|F A|H F F F H
            PUT    {C}/key-questions/{keyQuestionId}                    A A|F A|H F F F H
            PUT    {C}/key-questions/{keyQuestionId}/evidence           A A|F A|H F F F H
            PUT    {C}/judgement                                        A A|F A|H F F F H
            POST   {C}/status                                           A A|F A|H F F F H
            GET    {B}/organisation                                     A A   F   A F F H
            GET    /inspections/{inspectionId}/organisation             A A   F   A F F H
            GET    /inspections/{inspectionId}/organisation/standards/{number} A A F A F F H
            POST   /inspections/{inspectionId}/organisation/standards/{number}/questions/{question} A F F F F F H
            POST   /inspections/{inspectionId}/organisation/standards/{number}/proposed-rating A F F F F F H
            POST   /inspections/{inspectionId}/organisation/key-data    A F   F   F F F H
            POST   /inspections/{inspectionId}/organisation/staff-survey A F  F   F F F H
            POST   /inspections/{inspectionId}/organisation/staff-survey/{id} A F F F F F H
            POST   /inspections/{inspectionId}/organisation/meetings    A F   F   F F F H
            POST   /inspections/{inspectionId}/organisation/meetings/{id} A F F F F F H
            PUT    {B}/organisation/standards/{number}/questions/{question} A F F F F F H
            PUT    {B}/organisation/standards/{number}/proposed-rating  A F   F   F F F H
            PUT    {B}/organisation/key-data                            A F   F   F F F H
            POST   {B}/organisation/staff-survey                        A F   F   F F F H
            PUT    {B}/organisation/staff-survey/{id}                   A F   F   F F F H
            POST   {B}/organisation/meetings                            A F   F   F F F H
            PUT    {B}/organisation/meetings/{id}                       A F   F   F F F H
            GET    {B}/ratings                                          A A   F   A A F H
            GET    {B}/panel                                            A A   F   A A F H
            PUT    {B}/panel/standards/{number}                         F F   F   A F F H
            POST   {B}/panel/publish                                    A F   F   F F F H
            GET    {B}/audit                                            A A   F   A F F H
            GET    /inspections/{inspectionId}/cases                    A A   A   A F F H
            GET    /inspections/{inspectionId}/cases/{sampleCaseId}     A A   A|H A F F H
            POST   /inspections/{inspectionId}/cases/{sampleCaseId}/standards/{number} A A|F A|H F F F H
            POST   /inspections/{inspectionId}/cases/{sampleCaseId}/status A A|F A|H F F F H
            POST   /inspections/{inspectionId}/cases/{sampleCaseId}/classifications A A|F A|H F F F H
            GET    /inspections/{inspectionId}/team                     A A   A   A A A H
            POST   /inspections/{inspectionId}/team                     A F   F   F F A H
            POST   /inspections/{inspectionId}/team/remove              A F   F   F F A H
            GET    /inspections/{inspectionId}/allocations              A A   F   A F F H
            POST   /inspections/{inspectionId}/allocations              A F   F   F F F H
            GET    /inspections/{inspectionId}/caseload                 A A   F   A F F H
            POST   /inspections/{inspectionId}/caseload                 A F   F   F F F H
            POST   /inspections/{inspectionId}/caseload/valid-rows      A F   F   F F F H
            GET    /inspections/{inspectionId}/sample                   A A   F   A F F H
            POST   /inspections/{inspectionId}/sample                   A F   F   F F F H
            POST   /inspections/{inspectionId}/sample/replacements      A F   F   F F F H
            GET    /inspections/{inspectionId}/sample/discard           A F   F   F F F H
            POST   /inspections/{inspectionId}/sample/discard           A F   F   F F F H
            GET    /inspections/{inspectionId}/panel                    A A   F   A A F H
            POST   /inspections/{inspectionId}/panel/standards/{number} F F   F   A F F H
            GET    /inspections/{inspectionId}/panel/publish            A F   F   F F F H
            POST   /inspections/{inspectionId}/panel/publish            A F   F   F F F H
            GET    {B}/report.pdf                                       A A   F   A A F H
            GET    {B}/report.html                                      A A   F   A A F H
            GET    /inspections/{inspectionId}/report                   A A   F   A A F H
            GET    /inspections/{inspectionId}/report.pdf               A A   F   A A F H
            GET    /inspections/{inspectionId}/report-and-exports       A A   F   A A F H
            GET    /published                                           signed-in
            GET    {B}/recommendations                                  A A   F   A A F H
            POST   {B}/recommendations                                  A F   F   F F F H
            PUT    {B}/recommendations/{id}                             A F   F   F F F H
            PUT    {B}/recommendations/{id}/position                    A F   F   F F F H
            DELETE {B}/recommendations/{id}                             A F   F   F F F H
            GET    {B}/contextual-facts                                 A A   F   A A F H
            POST   {B}/contextual-facts/figures                         A F   F   F F F H
            DELETE {B}/contextual-facts/figures/{id}                    A F   F   F F F H
            GET    /inspections/{inspectionId}/recommendations          A A   F   A A F H
            POST   /inspections/{inspectionId}/recommendations          A F   F   F F F H
            POST   /inspections/{inspectionId}/recommendations/{id}     A F   F   F F F H
            POST   /inspections/{inspectionId}/recommendations/{id}/move A F  F   F F F H
            POST   /inspections/{inspectionId}/recommendations/{id}/remove A F F  F F F H
            GET    /inspections/{inspectionId}/contextual-facts         A A   F   A A F H
            POST   /inspections/{inspectionId}/contextual-facts/figures A F   F   F F F H
            POST   /inspections/{inspectionId}/contextual-facts/figures/{id}/remove A F F F F F H
            GET    {B}/findings                                         A A   F   A A F H
            POST   {B}/findings                                         A F   F   F F F H
            PUT    {B}/findings/{id}                                    A F   F   F F F H
            DELETE {B}/findings/{id}                                    A F   F   F F F H
            GET    /inspections/{inspectionId}/findings                 A A   F   A A F H
            POST   /inspections/{inspectionId}/findings                 A F   F   F F F H
            POST   /inspections/{inspectionId}/findings/{id}            A F   F   F F F H
            POST   /inspections/{inspectionId}/findings/{id}/remove     A F   F   F F F H
            GET    /inspections/{inspectionId}/exports/cases.csv        A A   F   A F F H
            GET    /inspections/{inspectionId}/exports/cases.xlsx       A A   F   A F F H
            GET    /inspections/{inspectionId}/exports/data-dictionary.csv A A F A F F H
            GET    /inspections/{inspectionId}/exports/audit.csv        A A   F   A F F H
            GET    {B}/exports/cases.csv                                A A   F   A F F H
            GET    {B}/exports/cases.xlsx                               A A   F   A F F H
            GET    {B}/exports/data-dictionary.csv                      A A   F   A F F H
            GET    {B}/exports/audit.csv                                A A   F   A F F H
            GET    /inspections/{inspectionId}/exports/inspection.json  A F   F   F F F H
            GET    {B}/exports/inspection.json                          A F   F   F F F H
            POST   /api/inspections/import                              signed-in
            GET    {B}/second-reading                                   A A   A   A A A H
            POST   {B}/second-reading/cases                             A F   F   F F F H
            POST   {B}/second-reading/draw                              A F   F   F F F H
            POST   {B}/second-reading/allocations                       A F   F   F F F H
            DELETE {B}/second-reading/cases/{caseReference}             A F   F   F F F H
            GET    {B}/second-reading/cases/{sampleCaseId}/answers      F F   H   F F F H
            PUT    {B}/second-reading/cases/{sampleCaseId}/answers/prompts/{promptId} F F H F F F H
            PUT    {B}/second-reading/cases/{sampleCaseId}/answers/key-questions/{keyQuestionId} F F H F F F H
            PUT    {B}/second-reading/cases/{sampleCaseId}/answers/classification F F H F F F H
            POST   {B}/second-reading/cases/{sampleCaseId}/submit       F F   H   F F F H
            GET    {B}/second-reading/readings                          A A   A   A A A H
            GET    {B}/second-reading/agreement                         A A   F   A F F H
            GET    {B}/second-reading/disagreements                     A A   F   A F F H
            GET    {B}/second-reading/effect                            A A   F   A F F H
            POST   {B}/second-reading/cases/{sampleCaseId}/settlements  A F   F   F F F H
            GET    /inspections/{inspectionId}/second-reading           A A   F   A F F H
            POST   /inspections/{inspectionId}/second-reading/cases     A F   F   F F F H
            POST   /inspections/{inspectionId}/second-reading/draw      A F   F   F F F H
            POST   /inspections/{inspectionId}/second-reading/readers   A F   F   F F F H
            POST   /inspections/{inspectionId}/second-reading/withdrawals A F F   F F F H
            GET    /inspections/{inspectionId}/second-reading/cases/{sampleCaseId} F F H F F F H
            POST   /inspections/{inspectionId}/second-reading/cases/{sampleCaseId}/standards/{number} F F H F F F H
            POST   /inspections/{inspectionId}/second-reading/cases/{sampleCaseId}/classification F F H F F F H
            POST   /inspections/{inspectionId}/second-reading/cases/{sampleCaseId}/submit F F H F F F H
            GET    /inspections/{inspectionId}/second-reading/agreement A A   F   A F F H
            GET    /inspections/{inspectionId}/second-reading/reconciliation A A F  A F F H
            POST   /inspections/{inspectionId}/second-reading/reconciliation A F F  F F F H
            GET    /inspections/{inspectionId}/second-reading/effect    A A   F   A F F H
            GET    /inspections/{inspectionId}/exports/second-readings.csv A A F  A F F H
            GET    {B}/exports/second-readings.csv                      A A   F   A F F H
            POST   /published                                           signed-in
            GET    /published/{publishedId}                             signed-in
            GET    /library                                             signed-in
            POST   /library                                             administrators
            GET    /library/{libraryId}                                 signed-in
            GET    /library/{libraryId}/remove                          administrators
            POST   /library/{libraryId}/remove                          administrators
            GET    /api/library                                         signed-in
            GET    /api/library/export.csv                              signed-in
            GET    /api/library/export.xlsx                             signed-in
            GET    /api/library/{libraryId}                             signed-in
            POST   /api/library                                         administrators
            GET    /library/compare                                     signed-in
            GET    /library/services/{serviceKey}                       signed-in
            GET    /inspections/{inspectionId}/comparison               A A   F   A A F H
            GET    /api/library/comparisons                             signed-in
            GET    /api/library/services/{serviceKey}                   signed-in
            GET    {B}/comparison                                       A A   F   A A F H
            DELETE /api/library/{libraryId}                             administrators
            """;
    private static final List<String> PEOPLE = List.of("lead", "inspector", "local", "panel", "viewer", "admin",
            "outsider");
    private static final Actor SET_UP = new Actor("test set-up");
    private static Application app;
    private static Javalin web;
    private static MatrixClient client;
    private static Inspection own;
    private static Inspection published;
    private static Inspection other;

    /** One inspection of the fixture: its id, a case allocated to each who may hold one, and a case allocated to nobody. */
    record Inspection(long id, Map<String, Long> allocated, long unallocated) {
    }

    @BeforeAll
    static void start(Application application) {
        app = application;
        web = app.web().start(0);
        client = new MatrixClient("http://localhost:" + web.port(), name -> TestUsers.token(app, name));
        app.accounts().create(CreateAccountCommand.of("admin", "Administrator", TestUsers.PASSWORD.toCharArray(), true,
                "test set-up"));
        own = team(SampledInspection.create(app, "2021", 31, 300, 6, 0));
        SampledInspection elsewhere = SampledInspection.create(app, "2021", 32, 300, 6, 0);
        TestUsers.join(app, elsewhere.id(), "lead elsewhere", Role.LEAD_INSPECTOR);
        other = new Inspection(elsewhere.id(), Map.of(), elsewhere.cases().get(0).sampleCaseId());
        SampledInspection toPublish = SampledInspection.create(app, "2021", 33, 300, 3, 0);
        TestUsers.join(app, toPublish.id(), "viewer", Role.SERVICE_VIEWER);
        Publishing.readyToPublish(app, toPublish, SET_UP);
        app.panel().publish(new PublishCommand(toPublish.id(), app.panel().show(toPublish.id()).state().revision(),
                SET_UP));
        published = new Inspection(toPublish.id(), Map.of(), toPublish.cases().get(0).sampleCaseId());
        // The library's first inspection is {libraryId} 1; DELETE /api/library/{libraryId} is the matrix's last row.
        app.library().keepNew(app.libraryReports().held(), SET_UP);
    }

    /** The fixture's people on an inspection's team, each who assesses with a case allocated to them. */
    private static Inspection team(SampledInspection s) {
        TestUsers.join(app, s.id(), "lead", Role.LEAD_INSPECTOR);
        TestUsers.join(app, s.id(), "inspector", Role.INSPECTOR);
        TestUsers.join(app, s.id(), "local", Role.LOCAL_ASSESSOR);
        TestUsers.join(app, s.id(), "panel", Role.PANEL_MEMBER);
        TestUsers.join(app, s.id(), "viewer", Role.SERVICE_VIEWER);
        TestUsers.account(app, "outsider");
        var court = s.ofType(CaseType.COURT_DISPOSAL);
        Map<String, Long> allocated = new LinkedHashMap<>();
        List<String> assessors = List.of("lead", "inspector", "local");
        for (int i = 0; i < assessors.size(); i++) {
            app.team().allocate(new AllocateCommand(s.id(), court.get(i).reference(), assessors.get(i), SET_UP));
            allocated.put(assessors.get(i), court.get(i).sampleCaseId());
        }
        return new Inspection(s.id(), allocated, court.get(assessors.size()).sampleCaseId());
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void everyRouteOfTheServerHasARowInTheMatrixAndEveryRowARoute() {
        TreeSet<String> served = new TreeSet<>();
        AccessGate.everyRoute(web).forEach(r -> served.add(r.method() + " " + r.path()));
        TreeSet<String> written = new TreeSet<>();
        MatrixRow.parse(MATRIX, BASE, CASE).forEach(row -> written.add(row.method() + " " + row.path()));
        assertThat(written).as("routes in the matrix").isEqualTo(served);
    }

    @Test
    void everyRouteAnswersEachPersonExactlyAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (MatrixRow row : MatrixRow.parse(MATRIX, BASE, CASE)) {
            if (row.outsideInspections()) {
                for (String person : PEOPLE) {
                    checked += client.check(row, person, null, null, row.administrators() && !person.equals("admin") ? 'F'
                            : 'A', wrong);
                }
                checked += client.check(row, null, null, null, row.anyone() ? 'A' : 'U', wrong);
                continue;
            }
            for (int p = 0; p < PEOPLE.size(); p++) {
                checked += person(row, p, wrong);
            }
            checked += client.check(row, null, own, own.unallocated(), 'U', wrong);
        }
        System.out.println("RouteAccessMatrixTest: " + checked + " requests checked");
        assertThat(wrong).as("cells that answered otherwise").isEmpty();
    }

    @Test
    void aHiddenRecordIsAnsweredInTheWordsOfOneThatDoesNotExist() throws Exception {
        MatrixClient.Reply noInspection = client.send("GET", "/api/inspections/987654", "lead", null);
        assertThat(noInspection.status()).isEqualTo(404);
        assertThat(noInspection.body()).isEqualTo(MatrixClient.hiddenInspection(987654));
        MatrixClient.Reply noCase = client.send("GET", "/api/inspections/" + own.id() + "/assessments/987654", "lead",
                null);
        assertThat(noCase.status()).isEqualTo(404);
        assertThat(noCase.body()).isEqualTo(MatrixClient.hiddenCase(own.id(), 987654));
    }

    @Test
    void aLocalAssessorsListOfCasesHoldsOnlyTheCasesAllocatedToThem() throws Exception {
        String list = "/api/inspections/" + own.id() + "/assessments";
        String theirs = client.send("GET", list, "local", null).body();
        assertThat(theirs).contains("\"sampleCaseId\":" + own.allocated().get("local") + ",")
                .doesNotContain("\"sampleCaseId\":" + own.allocated().get("inspector") + ",")
                .doesNotContain("\"sampleCaseId\":" + own.unallocated() + ",");
        assertThat(client.send("GET", list, "inspector", null).body())
                .contains("\"sampleCaseId\":" + own.unallocated() + ",");
    }

    /** One person's cells of one route: own inspection (allocated case and not), another one, and a published one. */
    private static int person(MatrixRow row, int p, List<String> wrong) throws Exception {
        String person = PEOPLE.get(p);
        int checked = 0;
        for (boolean allocated : row.caseLevel() ? new boolean[] {true, false} : new boolean[] {false}) {
            Long ownCase = caseFor(own, person, allocated);
            if (ownCase == null) {
                continue;
            }
            boolean viewer = person.equals("viewer");
            checked += client.check(row, person, own, ownCase, viewer ? 'H' : row.expected(p, allocated), wrong);
            // Another inspection: hidden from all on no team of it; the administrator flag reaches every one alike.
            char elsewhere = person.equals("admin") ? row.expected(p, false) : 'H';
            checked += client.check(row, person, other, other.unallocated(), elsewhere, wrong);
            if (viewer) {
                checked += client.check(row, person, published, published.unallocated(), row.expected(p, false), wrong);
            }
        }
        return checked;
    }

    static Long caseFor(Inspection inspection, String person, boolean allocated) {
        return allocated ? inspection.allocated().get(person) : Long.valueOf(inspection.unallocated());
    }
}
