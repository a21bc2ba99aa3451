package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line writes to auto-flushing writers over the process streams, as main() does. */
class OutputFlushTest {

    @Test
    void everythingACommandPrintsReachesTheStreamBeforeTheProcessExits() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        String input = Path.of(getClass().getResource("/published/figures/plymouth-2022.json").toURI()).toString();

        int exit = Main.execute(new String[] {"rate", input, "--format", "json"}, out, new PrintWriter(System.err, true));

        assertThat(exit).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("\"score\" : 24").endsWith("}\n");
    }
}
