package org.yjinspect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.yjinspect.Application;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yjinspect published export --format csv|xlsx --output FILE [--force]}: the library, one
 * row per inspection. Written beside the file first and moved into place once complete, as the
 * other exports are; an existing file is refused unless {@code --force}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the library, one row per inspection: CSV, or XLSX with the data dictionary as a"
                + " second sheet.")
public final class PublishedExportCommand extends DatabaseCommand {
    @Option(names = "--format", required = true, paramLabel = "csv|xlsx", description = "The file format.")
    String format;
    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;
    @Option(names = "--force", description = "Replace the --output file if it exists.")
    boolean force;

    @Override
    protected int run(Application app, PrintWriter out) {
        ExportFormat chosen = ExportFormat.named(format);
        String shown = output.toString().replaceAll("\\p{Cntrl}", "?");
        if (Files.isDirectory(output)) {
            throw new InputError(shown + " is a folder; --output names the file to write");
        }
        if (!force && Files.exists(output)) {
            throw new InputError(shown + " already exists; name another --output file, or add --force to replace it");
        }
        ExportFile file = app.libraryExport().file(chosen);
        Path partial = null;
        try {
            partial = Files.createTempFile(output.toAbsolutePath().getParent(), "." + output.getFileName() + ".", ".part");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                file.writeTo(stream);
            }
            if (force) {
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(partial, output);
            }
            partial = null;
            out.println("wrote " + shown + " (" + chosen.extension() + ", " + app.library().all().size()
                    + " inspections, " + Files.size(output) + " bytes)");
        } catch (FileAlreadyExistsException appeared) {
            throw new InputError(shown + " appeared while the export was written; nothing was replaced");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(partial);
        }
        return 0;
    }

    private static void deleteQuietly(Path partial) {
        try {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        } catch (IOException ignored) {
            // The name asked for was never written, which is what matters.
        }
    }
}
