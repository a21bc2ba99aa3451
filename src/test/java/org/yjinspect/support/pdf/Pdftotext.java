package org.yjinspect.support.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's pdftotext, run as a process: where it is ({@code -Dyjinspect.pdftotext=PATH}, else
 * /usr/bin/pdftotext) and whether the tests that use it must run ({@code
 * -Dyjinspect.pdftotext.required=true}, or CI=true, where .ci/packages installs poppler-utils).
 */
public final class Pdftotext {
    public static final String PROPERTY = "yjinspect.pdftotext";
    public static final String REQUIRED_PROPERTY = "yjinspect.pdftotext.required";
    private static final String DEFAULT = "/usr/bin/pdftotext";

    private Pdftotext() {
    }

    public static Optional<Path> locate() {
        String named = System.getProperty(PROPERTY);
        Path path = Path.of(named != null && !named.isBlank() ? named : DEFAULT);
        return Optional.of(path).filter(Files::isExecutable);
    }

    public static boolean required() {
        return Boolean.getBoolean(REQUIRED_PROPERTY) || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String searched() {
        String named = System.getProperty(PROPERTY);
        return "at " + (named != null && !named.isBlank() ? named + " (-D" + PROPERTY + ")" : DEFAULT);
    }

    /** The text of the PDF as {@code pdftotext [-layout] FILE -} prints it (UTF-8). */
    public static String text(byte[] pdf, boolean layout) {
        Path executable = locate().orElseThrow(() -> new IllegalStateException("no pdftotext " + searched()));
        try {
            Path file = Files.createTempFile("yjinspect-pdftotext", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new ArrayList<>(List.of(executable.toString(), "-enc", "UTF-8"));
                if (layout) {
                    command.add("-layout");
                }
                command.addAll(List.of(file.toString(), "-"));
                Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException("pdftotext failed on " + file);
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
