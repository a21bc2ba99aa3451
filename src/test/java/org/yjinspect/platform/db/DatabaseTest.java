package org.yjinspect.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.platform.problem.Problem;

@ExtendWith(EmbeddedPostgresExtension.class)
class DatabaseTest {

    @Test
    void anExternalServerIsReachedByUrlAndMigrated(TestDatabase db) {
        try (Database database = Database.open(db.config())) {
            assertThat(setting(database, "select count(*) from flyway_schema_history where success"))
                    .isNotEqualTo("0");
            assertThat(setting(database, "select count(*) from inspection")).isEqualTo("0");
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataWithFsyncAndSynchronousCommitOn(@TempDir Path dir) {
        Path data = dir.resolve("pgdata");
        try (Database database = Database.open(new DatabaseConfig.Embedded(data))) {
            assertThat(setting(database, "show fsync")).isEqualTo("on");
            assertThat(setting(database, "show synchronous_commit")).isEqualTo("on");
            database.jdbi().useHandle(h -> h.execute("insert into inspection (service_name, kind, framework_version,"
                    + " announcement_date, fieldwork_start, fieldwork_end, court_window_nearest, court_window_furthest,"
                    + " out_of_court_window_nearest, out_of_court_window_furthest, resettlement_window_nearest,"
                    + " resettlement_window_furthest) values ('Kept', 'INSPECTION', '2021', date '2024-01-01',"
                    + " date '2024-02-01', date '2024-02-05', 6, 9, 3, 5, 4, 12)"));
        }
        try (Database reopened = Database.open(new DatabaseConfig.Embedded(data))) {
            assertThat(setting(reopened, "select service_name from inspection")).isEqualTo("Kept");
            assertThatThrownBy(() -> Database.open(new DatabaseConfig.Embedded(data)))
                    .isInstanceOf(Problem.class).hasMessageContaining("in use by another yjinspect process");
        }
    }

    @Test
    void urlsAreRewrittenToTheTestDatabase() {
        assertThat(EmbeddedPostgresExtension.withDatabase("jdbc:postgresql://localhost:5432/postgres?user=x", "t1"))
                .isEqualTo("jdbc:postgresql://localhost:5432/t1?user=x");
    }

    private static String setting(Database database, String sql) {
        String value = database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
        return value;
    }
}
