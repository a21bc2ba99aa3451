package org.yjinspect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.yjinspect.Application;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.render.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yjinspect report --inspection ID --format pdf|html --output FILE}: the inspection's report
 * as it stands (marked Draft until published). The file is written beside its final name and
 * moved into place only when complete, so a failure never leaves half a report.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the inspection's report, in the published reports' structure, as PDF or HTML.")
public final class ReportCommand extends InspectionReadCommand {
    @Option(names = "--format", required = true, paramLabel = "pdf|html", description = "pdf (tagged PDF/UA) or html.")
    String format;
    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path output;

    @Override
    protected int run(Application app, PrintWriter out) {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("pdf") && !chosen.equals("html")) {
            throw new InputError("--format: '" + SafeText.shown(format) + "' is not a report format; use pdf or html");
        }
        Path target = output.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputError("--output: " + SafeText.shown(output.toString()) + ": the folder "
                    + (folder == null ? "" : SafeText.shown(folder.toString()) + " ") + "does not exist; create it or"
                    + " choose another file");
        }
        if (Files.isDirectory(target)) {
            throw new InputError("--output: " + SafeText.shown(output.toString()) + " is a folder; name a file in it");
        }
        InspectionReport report = app.reports().report(inspection);
        write(report, chosen, target);
        out.println("Wrote the " + (report.draft() ? "draft " : "") + "report of inspection " + inspection + " ("
                + chosen + ") to " + SafeText.shown(output.toString()));
        return 0;
    }

    private static void write(InspectionReport report, String format, Path target) {
        ReportRenderer renderer = new ReportRenderer();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                if (format.equals("pdf")) {
                    renderer.pdf(report, stream);
                } else {
                    stream.write(renderer.html(report).getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(partial);
            InputError file = InputError.fromFile(e);
            throw file != null ? file : new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // The partial file is named as such; nothing more can be done about it here.
        }
    }
}
