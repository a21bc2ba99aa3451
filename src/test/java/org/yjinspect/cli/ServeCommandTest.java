package org.yjinspect.cli;

import org.yjinspect.support.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code yjinspect serve}'s mistakes a user can make: each is exit code 2 with a message saying
 * what to do, found before the database starts, never "internal error" or a library's message.
 */
class ServeCommandTest {
    @TempDir
    Path dir;


    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void aPortAlreadyInUseIsAnInputErrorNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            CommandRun serve = run("serve", "--port", String.valueOf(port), "--data-dir", dir.resolve("pg").toString());

            assertThat(serve.exit()).isEqualTo(Main.INPUT_ERROR);
            assertThat(serve.err()).contains("port " + port + " on 127.0.0.1 is already in use", "--port")
                    .doesNotContain("internal error", "Exception", "Javalin");
            assertThat(dir.resolve("pg")).as("no database was started").doesNotExist();
        }
    }

    @Test
    void aHostThatIsNotThisMachinesIsAnInputError() {
        CommandRun serve = run("serve", "--host", "192.0.2.1", "--port", "0", "--data-dir", dir.resolve("pg").toString());

        assertThat(serve.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(serve.err()).contains("--host 192.0.2.1 is not an address of this machine", "127.0.0.1")
                .doesNotContain("internal error", "Exception");
    }

    @Test
    void aPortOutOfRangeAndAHeapThatIsNotASizeAreInputErrors() {
        CommandRun port = run("serve", "--port", "70000");
        CommandRun heap = run("serve", "--port", "0", "--heap", "lots");

        assertThat(port.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(port.err()).contains("--port must be between 0 and 65535 (got 70000)");
        assertThat(heap.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(heap.err()).contains("--heap must be a size", "256m", "(got lots)");
    }

    @Test
    void helpTellsHowTheServersMemoryIsBounded() {
        CommandRun help = run("serve", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--heap", "256m", ServerJvm.JAVA_OPTS_ENV, "-Xmx");
    }
}
