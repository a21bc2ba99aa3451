package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.account.app.CreateAccountCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.SampledInspection;

/** {@code yjinspect team ...}, {@code allocate} and {@code allocations} as a lead inspector runs them. */
@ExtendWith(EmbeddedPostgresExtension.class)
class TeamCommandsTest {
    private static TestDatabase db;
    private static Application app;

    @BeforeAll
    static void open(TestDatabase database) {
        db = database;
        app = Application.open(db.config());
        for (String name : new String[] {"cli-rhian", "cli-osian", "lowri"}) {
            app.accounts().create(CreateAccountCommand.of(name, null, "kettle orbit lantern".toCharArray(), false, "test"));
        }
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.on(db, args);
    }

    @Test
    void aLeadBuildsTheTeamAndAllocatesACase() {
        SampledInspection s = SampledInspection.create(app, "2021", 21L, 60);
        String id = String.valueOf(s.id());
        String ref = s.cases().get(0).reference();

        CommandRun added = run("team", "add", "--inspection", id, "--user", "cli-rhian", "--role", "inspector", "--as", "lowri");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("cli-rhian is now inspector in inspection " + id);
        assertThat(run("team", "list", "--inspection", id, "--json").out()).contains("\"role\" : \"inspector\"")
                .contains("\"addedBy\" : \"lowri (command line)\"");

        CommandRun allocated = run("allocate", "--inspection", id, "--case", ref, "--user", "cli-rhian", "--as", "lowri");
        assertThat(allocated.exit()).as(allocated.err()).isZero();
        assertThat(run("allocations", "--inspection", id).out()).contains(ref + "\tcli-rhian\tallocated by lowri (command line)");
        assertThat(run("allocate", "--inspection", id, "--case", ref, "--remove", "--as", "lowri").out())
                .contains("allocated to nobody");
        assertThat(run("team", "remove", "--inspection", id, "--user", "cli-rhian", "--role", "INSPECTOR", "--as", "lowri").exit()).isZero();
        assertThat(run("team", "list", "--inspection", id).out()).contains("no team yet");
    }

    @Test
    void mistakesExitWithTwoAndSayWhatToDo() {
        SampledInspection s = SampledInspection.create(app, "2021", 22L, 60);
        String id = String.valueOf(s.id());
        CommandRun badRole = run("team", "add", "--inspection", id, "--user", "cli-osian", "--role", "chief", "--as", "lowri");
        assertThat(badRole.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(badRole.err()).contains("LEAD_INSPECTOR, INSPECTOR, LOCAL_ASSESSOR, PANEL_MEMBER, SERVICE_VIEWER")
                .doesNotContain("Exception");

        CommandRun notAssessing = run("allocate", "--inspection", id, "--case", s.cases().get(0).reference(), "--user", "cli-osian", "--as", "lowri");
        assertThat(notAssessing.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(notAssessing.err()).contains("not on this inspection's team");

        assertThat(run("allocate", "--inspection", id, "--case", "YJ-1", "--as", "lowri").exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(run("allocations", "--inspection", "999999").exit()).isEqualTo(Main.INPUT_ERROR);
    }
}
