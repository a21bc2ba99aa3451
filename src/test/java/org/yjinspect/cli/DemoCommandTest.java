package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.access.app.Member;
import org.yjinspect.access.domain.Role;
import org.yjinspect.account.domain.Account;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.support.CommandRun;

/**
 * {@code yjinspect demo}: the demonstration it makes on a fresh database (an account for each
 * role, a made-up inspection with every case status, live ratings and organisational evidence),
 * and that a second run on the same database finds it again instead of making another.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class DemoCommandTest {
    private static Application app;
    private static DemoSeed.Outcome first;
    private static DemoSeed.Outcome second;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTheDemonstrationTwice(Application application) {
        app = application;
        first = new DemoSeed(app).seedOrReuse();
        second = new DemoSeed(app).seedOrReuse();
    }

    @Test
    void theFirstRunGivesEachRoleAnAccountWithItsOwnPassword() {
        assertThat(first.reused()).isFalse();
        assertThat(first.passwords()).containsOnlyKeys("demo-lead", "demo-inspector", "demo-local", "demo-panel",
                "demo-viewer", "demo-admin");
        assertThat(Set.copyOf(first.passwords().values())).hasSize(6);
        first.passwords().values().forEach(p -> assertThat(p).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}"));
        Map<String, Role> team = app.team().team(first.inspectionId()).stream()
                .collect(Collectors.toMap(Member::username, Member::role));
        assertThat(team).containsExactlyInAnyOrderEntriesOf(Map.of("demo-lead", Role.LEAD_INSPECTOR,
                "demo-inspector", Role.INSPECTOR, "demo-local", Role.LOCAL_ASSESSOR, "demo-panel", Role.PANEL_MEMBER,
                "demo-viewer", Role.SERVICE_VIEWER));
        Account admin = app.accounts().all().stream().filter(a -> a.username().equals("demo-admin")).findFirst()
                .orElseThrow();
        assertThat(admin.administrator()).isTrue();
    }

    @Test
    void theInspectionHasACaseloadASampleEveryCaseStatusLiveRatingsAndEvidence() {
        long id = first.inspectionId();
        assertThat(app.inspections().get(id).details().serviceName()).isEqualTo(DemoSeed.SERVICE);
        var cases = app.assessments().list(id);
        assertThat(cases).hasSizeGreaterThan(20);
        assertThat(cases.stream().map(c -> c.status().status()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AssessmentStatus.values());
        var ratings = app.ratings().rate(id).rating();
        assertThat(ratings.standards().stream().filter(s -> s.computed().rated()).count()).isGreaterThan(3);
        var organisation = app.organisation().show(id);
        assertThat(organisation.staffSurvey()).hasSize(3);
        assertThat(organisation.meetings()).hasSize(3);
        assertThat(organisation.standards()).allSatisfy(s -> assertThat(s.questions())
                .allSatisfy(q -> assertThat(q.evidence().note()).isNotBlank()));
        assertThat(app.panel().show(id).readiness().ready()).as("the panel still has work to do").isFalse();
    }

    @Test
    void aSecondRunReusesTheDemonstrationAndSaysThePasswordsCannotBeShownAgain() {
        assertThat(second.reused()).isTrue();
        assertThat(second.inspectionId()).isEqualTo(first.inspectionId());
        assertThat(second.passwords()).isEmpty();
        assertThat(app.inspections().all().stream().filter(i -> i.details().serviceName().equals(DemoSeed.SERVICE)))
                .hasSize(1);
        StringWriter out = new StringWriter();
        DemoNotice.print(second, "http://127.0.0.1:7070", "embedded", "/tmp/demo-data", new PrintWriter(out));
        assertThat(out.toString()).contains("Reusing the demonstration inspection " + first.inspectionId(),
                "cannot be shown again", "yjinspect user reset-password USERNAME --data-dir /tmp/demo-data", "demo-panel")
                .doesNotContain(first.passwords().get("demo-lead"));
    }

    @Test
    void theFirstNoticeShowsEachPasswordOnce() {
        StringWriter out = new StringWriter();
        DemoNotice.print(first, "http://127.0.0.1:7070", "embedded", "/tmp/demo-data", new PrintWriter(out));
        for (String password : first.passwords().values()) {
            assertThat(out.toString().split(password, -1)).hasSize(2);
        }
        assertThat(out.toString()).contains("http://127.0.0.1:7070/sign-in", "shown only now");
        assertThat(out.toString()).contains("http://127.0.0.1:7070/published: the figures of 5 published inspections",
                "not the reports", "Plymouth Youth Justice Service", "February 2022", "24/36", "Torbay Youth Offending"
                + " Service", "re-rated alike").doesNotContain("re-rating differs");
    }

    @Test
    void aPortAlreadyInUseIsAnInputErrorBeforeAnyDatabaseStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CommandRun demo = CommandRun.of("demo", "--port", String.valueOf(taken.getLocalPort()), "--data-dir",
                    dir.resolve("pg").toString());

            assertThat(demo.exit()).isEqualTo(Main.INPUT_ERROR);
            assertThat(demo.err()).contains("is already in use", "--port");
            assertThat(dir.resolve("pg")).doesNotExist();
        }
    }
}
