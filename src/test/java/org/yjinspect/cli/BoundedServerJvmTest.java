package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.support.ServerProcess;
import org.yjinspect.support.Slow;

/**
 * {@code java ... yjinspect serve} started as a user does, without a heap limit: the server runs in
 * a child JVM with a bounded heap, and stopping or killing the command stops that JVM and its
 * embedded PostgreSQL with it.
 */
@Slow
class BoundedServerJvmTest {
    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    @Test
    void withoutAHeapLimitTheServerRunsInAChildJvmWithTheDefaultLimit() throws Exception {
        Process launcher = serve(Map.of());
        String serving = servingLine(launcher);

        assertThat(serving).containsPattern("heap limit 2[0-9][0-9] MB");
        assertThat(childCommandLine(launcher)).contains("-Xmx256m", "-XX:+UseSerialGC");
    }

    @Test
    void killingTheLauncherStopsTheServerAndItsDatabase() throws Exception {
        Process launcher = serve(Map.of());
        servingLine(launcher);
        ProcessHandle child = launcher.toHandle().children().findFirst().orElseThrow();

        launcher.destroyForcibly(); // SIGKILL: the launcher's own shutdown hook cannot run

        assertThat(child.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(ServerProcess.postgresServing(dir.resolve("pg"))).as("PostgreSQL left running").isEmpty();
    }

    @Test
    void optionsFromTheEnvironmentReplaceTheDefaultsAndStoppingTheLauncherStopsEverything() throws Exception {
        Process launcher = serve(Map.of(ServerJvm.JAVA_OPTS_ENV, "-Xmx200m"));
        String serving = servingLine(launcher);
        String child = childCommandLine(launcher);

        launcher.destroy(); // SIGTERM, as a service manager stops it

        assertThat(serving).containsPattern("heap limit 1[89][0-9] MB|heap limit 200 MB");
        assertThat(child).contains("-Xmx200m").doesNotContain("UseSerialGC");
        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(143);
        assertThat(ServerProcess.postgresServing(dir.resolve("pg"))).as("PostgreSQL left running").isEmpty();
    }

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Process serve(Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0", "--data-dir", dir.resolve("pg").toString())
                .redirectErrorStream(true);
        builder.environment().remove(ServerJvm.JAVA_OPTS_ENV);
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** Reads the output up to the line saying where it serves, then keeps the pipe drained. */
    private static String servingLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.contains("serving on")) {
                        return l;
                    }
                    seen.append(l).append('\n');
                }
                throw new IllegalStateException("serve ended without serving:\n" + seen);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(Duration.ofSeconds(120).toSeconds(), TimeUnit.SECONDS);
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the server never blocks on its own output
                }
            } catch (IOException e) {
                // the process has gone
            }
        }, "serve-output");
        drain.setDaemon(true);
        drain.start();
        return line;
    }

    private static String childCommandLine(Process launcher) {
        return launcher.toHandle().children().findFirst().flatMap(c -> c.info().commandLine())
                .orElseThrow(() -> new AssertionError("no child JVM"));
    }
}
