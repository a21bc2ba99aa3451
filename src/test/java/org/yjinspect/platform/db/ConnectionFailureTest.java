package org.yjinspect.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectionFailureTest {
    @Test
    void theUsualSetupMistakesAreNamedInUsersWords() {
        assertThat(ConnectionFailure.reason(new RuntimeException(new SQLException("x", "08001",
                new UnknownHostException("db.example"))))).isEqualTo("no such host: db.example (check the host name in"
                + " --db-url)");
        assertThat(ConnectionFailure.reason(new RuntimeException(new ConnectException("Connection refused"))))
                .startsWith("nothing answers at that host and port");
        assertThat(ConnectionFailure.reason(new RuntimeException(new SQLException("could not connect", "08001",
                new SQLException("FATAL: database \"x\" does not exist", "3D000")))))
                .isEqualTo("that database does not exist on the server; create it first (createdb)");
        assertThat(ConnectionFailure.reason(new SQLException("FATAL: password authentication failed", "28P01")))
                .startsWith("the password is wrong");
    }
}
