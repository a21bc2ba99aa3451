package org.yjinspect.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code yjinspect serve} as a separate JVM on a data directory, started from this test run's own
 * classpath on a free port, so a test can kill it like a power cut would and start it again.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving on (http://[0-9.]+:[0-9]+)");
    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    public static ServerProcess start(Path dataDirectory, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "org.yjinspect.cli.Main", "serve", "--port", "0", "--data-dir", dataDirectory.toString()))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> serving = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        drain(out);
                        return m.group(1);
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String url = serving.get(90, TimeUnit.SECONDS);
            if (url == null) {
                throw new IllegalStateException("yjinspect serve ended without serving; see " + log);
            }
            return new ServerProcess(process, url);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("yjinspect serve did not start; see " + log, e);
        }
    }

    private static void drain(BufferedReader out) {
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the server never blocks on its own output
                }
            } catch (IOException e) {
                // the process has gone
            }
        }, "server-output");
        drain.setDaemon(true);
        drain.start();
    }

    public String url() {
        return url;
    }

    /** SIGKILL on Linux: no shutdown hook runs, exactly like a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the server's shutdown hook stops the web server and the embedded PostgreSQL. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** PostgreSQL processes still serving {@code dataDirectory}. */
    public static List<ProcessHandle> postgresServing(Path dataDirectory) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("postgres")
                && List.of(p.info().arguments().orElse(new String[0])).contains(dataDirectory.toString())).toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
